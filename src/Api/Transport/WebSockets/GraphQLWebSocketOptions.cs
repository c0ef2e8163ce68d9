using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>The <c>WebSockets</c> configuration section of the <c>graphql-transport-ws</c> endpoint.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "WebSockets";

    /// <summary>The longest timeout accepted; beyond an hour a timeout only hides a mistake.</summary>
    public const double MaxTimeoutSeconds = 3600;

    /// <summary>A socket that sends no <c>connection_init</c> within this time is closed with 4408.</summary>
    public double ConnectionInitTimeoutSeconds { get; set; } = 3;

    /// <summary>Messages waiting to be sent on one socket; past this the client is a slow consumer (4413).</summary>
    public int SendQueueLength { get; set; } = 1000;

    /// <summary>Client messages larger than this close the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a closing socket may take to flush and finish the close handshake before it is aborted.</summary>
    public double CloseTimeoutSeconds { get; set; } = 5;

    /// <summary>How often an accepted socket asks its init handler whether it is still accepted (a revoked key closes it with 4403).</summary>
    public double AuthorizationCheckSeconds { get; set; } = 30;

    public TimeSpan AuthorizationCheckInterval => TimeSpan.FromSeconds(AuthorizationCheckSeconds);

    public TimeSpan ConnectionInitTimeout => TimeSpan.FromSeconds(ConnectionInitTimeoutSeconds);

    public TimeSpan CloseTimeout => TimeSpan.FromSeconds(CloseTimeoutSeconds);

    /// <summary>Binds the section and checks it; throws <see cref="ConfigurationException"/> with one clear message.</summary>
    public static GraphQLWebSocketOptions Load(IConfiguration configuration)
    {
        GraphQLWebSocketOptions options;
        try
        {
            options = configuration.GetSection(Section).Get<GraphQLWebSocketOptions>() ?? new();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException(
                $"{e.Message} Expected: {Section}:ConnectionInitTimeoutSeconds, CloseTimeoutSeconds and AuthorizationCheckSeconds are numbers of seconds, " +
                "SendQueueLength and MaxMessageBytes whole numbers.");
        }

        options.Validate();
        return options;
    }

    public void Validate()
    {
        if (!IsTimeout(ConnectionInitTimeoutSeconds) || !IsTimeout(CloseTimeoutSeconds) || !IsTimeout(AuthorizationCheckSeconds) || SendQueueLength < 1 || MaxMessageBytes < 1)
        {
            throw new ConfigurationException(
                $"{Section} needs ConnectionInitTimeoutSeconds, CloseTimeoutSeconds and AuthorizationCheckSeconds above 0 and at most {MaxTimeoutSeconds}, " +
                "and positive SendQueueLength and MaxMessageBytes, got " +
                $"ConnectionInitTimeoutSeconds {ConnectionInitTimeoutSeconds}, CloseTimeoutSeconds {CloseTimeoutSeconds}, AuthorizationCheckSeconds {AuthorizationCheckSeconds}, " +
                $"SendQueueLength {SendQueueLength}, MaxMessageBytes {MaxMessageBytes}.");
        }
    }

    private static bool IsTimeout(double seconds) => seconds is > 0 and <= MaxTimeoutSeconds;
}

using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Transport.Streaming;

/// <summary>The <c>Streaming</c> configuration section: subscriptions over HTTP (Server-Sent Events and multipart).</summary>
public sealed class StreamingOptions
{
    public const string Section = "Streaming";

    /// <summary>A comment (SSE) or an empty part (multipart) is sent when nothing else was for this long, so proxies keep the response open.</summary>
    public double KeepAliveSeconds { get; set; } = 15;

    /// <summary>Results queued for one response before it is ended as a slow consumer (the client resumes by <c>Last-Event-ID</c>).</summary>
    public int SendQueueLength { get; set; } = 1000;

    /// <summary>How often an open stream's key is checked again: revoked, expired or deleted, the stream ends with an AUTH_NOT_AUTHENTICATED error.</summary>
    public double AuthorizationCheckSeconds { get; set; } = 30;

    public TimeSpan KeepAlive => TimeSpan.FromSeconds(KeepAliveSeconds);

    public TimeSpan AuthorizationCheckInterval => TimeSpan.FromSeconds(AuthorizationCheckSeconds);

    public static StreamingOptions Load(IConfiguration configuration)
    {
        StreamingOptions options;
        try
        {
            options = configuration.GetSection(Section).Get<StreamingOptions>() ?? new();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"{e.Message} Expected: {Section}:KeepAliveSeconds and AuthorizationCheckSeconds numbers, SendQueueLength a whole number.");
        }

        if (options.KeepAliveSeconds is not (> 0 and <= 3600) || options.AuthorizationCheckSeconds is not (> 0 and <= 3600) || options.SendQueueLength is < 1 or > 100_000)
        {
            throw new ConfigurationException(
                $"{Section} needs KeepAliveSeconds and AuthorizationCheckSeconds above 0 and at most 3600 and SendQueueLength from 1 to 100000, " +
                $"got {options.KeepAliveSeconds}, {options.AuthorizationCheckSeconds} and {options.SendQueueLength}.");
        }

        return options;
    }
}

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Decides on a socket's <c>connection_init</c>, the place where a socket is authenticated: read
/// <see cref="WebSocketConnectionContext.InitPayload"/>, set <see cref="WebSocketConnectionContext.User"/>, and
/// accept (the client gets <c>connection_ack</c>) or refuse (the socket closes with 4403 Forbidden).
/// Register one as a singleton to replace <see cref="AcceptEveryConnection"/>.
/// </summary>
public interface IConnectionInitHandler
{
    ValueTask<ConnectionInitDecision> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken);

    /// <summary>
    /// Asked of an accepted socket before each operation and every <see cref="GraphQLWebSocketOptions.AuthorizationCheckSeconds"/>:
    /// false closes it with 4403 Forbidden, its subscriptions with it (e.g. its key was revoked or expired since).
    /// </summary>
    ValueTask<bool> IsStillAcceptedAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}

/// <summary>The answer to a <c>connection_init</c>; an accepted one may carry the <c>connection_ack</c> payload.</summary>
public sealed record ConnectionInitDecision(bool Accepted, IReadOnlyDictionary<string, object?>? AckPayload = null)
{
    public static ConnectionInitDecision Accept { get; } = new(true);

    public static ConnectionInitDecision Forbid { get; } = new(false);
}

/// <summary>The default: every socket that sends <c>connection_init</c> is acknowledged.</summary>
public sealed class AcceptEveryConnection : IConnectionInitHandler
{
    public ValueTask<ConnectionInitDecision> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ConnectionInitDecision.Accept);
}

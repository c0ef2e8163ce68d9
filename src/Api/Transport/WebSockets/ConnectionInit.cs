using PartyOrg.Api.Security;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Decides who a socket is, from its <c>connection_init</c> (<see cref="WebSocketConnectionContext.InitPayload"/>) and its
/// upgrade request. Asked on <c>connection_init</c>: accepted, the client gets <c>connection_ack</c> and every operation on
/// the socket runs as the returned caller; refused, the socket closes with the refusal's reason. Asked again of an accepted
/// socket before each operation and every <see cref="GraphQLWebSocketOptions.AuthorizationCheckSeconds"/>: a refusal then
/// closes it, its subscriptions with it (e.g. its key was revoked or expired since). The endpoint has no default handler.
/// </summary>
public interface IConnectionInitHandler
{
    ValueTask<ConnectionInitResult> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken);
}

/// <summary>The answer to a <c>connection_init</c>: <see cref="Accepted"/> with the socket's caller, or <see cref="Refused"/> with the close.</summary>
public abstract record ConnectionInitResult
{
    private ConnectionInitResult()
    {
    }

    /// <summary>Refused with 4403 Forbidden, as a refused key is.</summary>
    public static ConnectionInitResult Forbid { get; } = new Refused(CloseReason.Forbidden);

    public static ConnectionInitResult Accept(Caller caller) => new Accepted(caller);

    /// <summary>The socket is accepted; its operations run as <paramref name="Caller"/>. <see cref="AckPayload"/> goes out with <c>connection_ack</c>.</summary>
    public sealed record Accepted(Caller Caller) : ConnectionInitResult
    {
        public IReadOnlyDictionary<string, object?>? AckPayload { get; init; }
    }

    public sealed record Refused(CloseReason Reason) : ConnectionInitResult;
}

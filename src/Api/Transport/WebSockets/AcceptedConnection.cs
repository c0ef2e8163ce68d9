using PartyOrg.Api.Security;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// A socket its <see cref="IConnectionInitHandler"/> accepted: the caller every operation on it runs as, held here for
/// the socket's life, and the question asked again before each operation and by the periodic check.
/// </summary>
public sealed class AcceptedConnection(WebSocketConnectionContext context, Caller caller, IConnectionInitHandler handler)
{
    public WebSocketConnectionContext Context { get; } = context;

    public Caller Caller { get; } = caller;

    /// <summary>Null while the handler still accepts the socket; else the reason to close it with.</summary>
    public async ValueTask<CloseReason?> RefusalAsync(CancellationToken cancellationToken) =>
        await handler.DecideAsync(Context, cancellationToken) is ConnectionInitResult.Refused refused ? refused.Reason : null;
}

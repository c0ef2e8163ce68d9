using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Security;

/// <summary>
/// Authenticates a WebSocket on <c>connection_init</c>: the key from the payload (<c>{"Authorization": "Bearer pok_…"}</c>,
/// or <c>{"apiKey": "pok_…"}</c>), else from the upgrade request's <c>Authorization</c> header, else anonymous.
/// A key that is refused closes the socket with 4403 Forbidden; an accepted one sets the caller of every operation on it.
/// </summary>
public sealed class KeyConnectionInit(KeyAuthenticator authenticator) : IConnectionInitHandler
{
    // The key each socket was accepted with, for as long as the socket lives; never in the operations' user context.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<WebSocketConnectionContext, Authentication> _keys = [];

    public async ValueTask<ConnectionInitDecision> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken)
    {
        var header = connection.InitPayloadString("Authorization") ?? connection.InitPayloadString("authorization");
        var key = connection.InitPayloadString("apiKey");
        var authentication = key is not null ? await authenticator.FromKeyAsync(key, cancellationToken)
            : await authenticator.FromHeaderAsync(header is null ? connection.UpgradeAuthorization : WithScheme(header), cancellationToken);
        if (authentication.Caller is not { } caller)
        {
            return ConnectionInitDecision.Forbid;
        }

        connection.Items[Caller.UserContextKey] = caller;
        _keys.AddOrUpdate(connection, authentication);
        return ConnectionInitDecision.Accept;
    }

    /// <summary>A socket opened with a key stays open only while the key is valid: revoked or expired, it is closed.</summary>
    public async ValueTask<bool> IsStillAcceptedAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken) =>
        !_keys.TryGetValue(connection, out var opened) || opened.Key is not { } key
        || (await authenticator.FromKeyAsync(key, cancellationToken)).Caller is not null;

    /// <summary>A bare key in the Authorization entry is read as if it had its scheme.</summary>
    private static string WithScheme(string value) =>
        value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || value.Length == 0 ? value : "Bearer " + value;
}

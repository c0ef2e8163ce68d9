using PartyOrg.Api.Security;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Authenticates a WebSocket on <c>connection_init</c>: the key from the payload (<c>{"Authorization": "Bearer pok_…"}</c>,
/// or <c>{"apiKey": "pok_…"}</c>), else from the upgrade request's <c>Authorization</c> header, else anonymous.
/// A key that is refused closes the socket with 4403 Forbidden. Asked again while the socket lives, the same key is
/// checked again, so a socket stays open only while its key is valid: revoked or expired, it is closed.
/// </summary>
public sealed class KeyConnectionInit(KeyAuthenticator authenticator) : IConnectionInitHandler
{
    public async ValueTask<ConnectionInitResult> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken)
    {
        var header = connection.InitPayloadString("Authorization") ?? connection.InitPayloadString("authorization");
        var key = connection.InitPayloadString("apiKey");
        var authentication = key is not null ? await authenticator.FromKeyAsync(key, cancellationToken)
            : await authenticator.FromHeaderAsync(header is null ? connection.UpgradeAuthorization : WithScheme(header), cancellationToken);
        return authentication.Caller is { } caller ? ConnectionInitResult.Accept(caller) : ConnectionInitResult.Forbid;
    }

    /// <summary>A bare key in the Authorization entry is read as if it had its scheme.</summary>
    private static string WithScheme(string value) =>
        value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || value.Length == 0 ? value : "Bearer " + value;
}

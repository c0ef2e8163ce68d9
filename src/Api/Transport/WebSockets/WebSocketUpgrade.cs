using System.Net.WebSockets;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Security;
using PartyOrg.Api.Telemetry;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Accepts a WebSocket request. One that does not offer <c>graphql-transport-ws</c> is accepted without a
/// subprotocol and closed with 4406, as graphql-ws servers do, so the client learns why.
/// </summary>
public sealed class WebSocketUpgrade(GraphQLWebSocketServices services, RequestRateLimiter rateLimiter, ApiMetrics metrics)
{
    public async Task AcceptAsync(HttpContext context)
    {
        // A socket opened while the instance stops would be closed at once: send the client elsewhere before the upgrade.
        if (services.Stopping.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        // Opening a socket counts against the client's address, like an anonymous request: sockets cannot be
        // opened (nor keys tried on them) faster than the anonymous rate. Refused before the upgrade: 429.
        if (await rateLimiter.TryAcquireAsync(Caller.Anonymous, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted) is { } refused)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = refused.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWs.SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offered ? GraphQLTransportWs.SubProtocol : null);
        using var open = metrics.SocketOpened();
        if (offered)
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            var connection = new WebSocketConnectionContext(context.User, context.Connection.RemoteIpAddress, authorization.Length == 0 ? null : authorization);
            await services.RunAsync(socket, connection, context.RequestAborted);
            return;
        }

        await RefuseAsync(socket, context.RequestAborted);
    }

    private async Task RefuseAsync(WebSocket socket, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(services.Options.CloseTimeout);
        var reason = CloseReason.SubprotocolNotAcceptable;
        try
        {
            await socket.CloseAsync((WebSocketCloseStatus)reason.Code, reason.Description, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client left without finishing the close handshake.
        }
    }
}

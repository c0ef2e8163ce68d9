namespace PartyOrg.Api.Browser;

/// <summary>
/// Browsers do not apply CORS to WebSockets: any page may open a socket to the API and send the user's key.
/// So an upgrade whose <c>Origin</c> is neither the API's own nor in <c>Cors:AllowedOrigins</c> is refused (403)
/// before it is accepted. Clients that are not browsers send no Origin and pass.
/// </summary>
public sealed class WebSocketOrigins(IReadOnlyList<string> allowed)
{
    public Task CheckAsync(HttpContext context, Func<Task> next)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (!IsUpgrade(context.Request) || origin.Length == 0 || IsAllowed(origin, context.Request))
        {
            return next();
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"WebSocket connections from the origin {origin} are not allowed: list it in Cors:AllowedOrigins.", context.RequestAborted);
    }

    /// <summary>Read from the headers: this runs before the WebSocket middleware that would say so.</summary>
    public static bool IsUpgrade(HttpRequest request) =>
        string.Equals(request.Headers.Upgrade.ToString(), "websocket", StringComparison.OrdinalIgnoreCase);

    private bool IsAllowed(string origin, HttpRequest request) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
        || allowed.Contains(origin, StringComparer.OrdinalIgnoreCase);
}

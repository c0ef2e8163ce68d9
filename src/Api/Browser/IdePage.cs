using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using PartyOrg.Api.Transport.Http;

namespace PartyOrg.Api.Browser;

/// <summary>
/// GraphiQL, bundled with the front end (no CDN): at <c>/graphql/ui</c>, and at <c>/graphql</c> for a GET that
/// asks for HTML (a browser's address bar), as Hot Chocolate serves its IDE. Every other request to
/// <c>/graphql</c> goes on to the GraphQL endpoint.
/// </summary>
public sealed class IdePage(IFileProvider files)
{
    public const string UiPath = GraphQLHttpEndpoint.DefaultPath + "/ui";

    private const string File = "ide.html";

    public async Task ServeAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        var wanted = HttpMethods.IsGet(request.Method) && !WebSocketOrigins.IsUpgrade(request)
            && (request.Path.Equals(UiPath, StringComparison.OrdinalIgnoreCase)
                || (request.Path.Equals(GraphQLHttpEndpoint.DefaultPath, StringComparison.OrdinalIgnoreCase) && AsksForHtml(request)));
        var page = files.GetFileInfo(File);
        if (!wanted || !page.Exists)
        {
            await next();
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(page, context.RequestAborted);
    }

    private static bool AsksForHtml(HttpRequest request) =>
        !request.Query.ContainsKey("query") && !request.Query.ContainsKey("sdl")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
        && ranges.Any(r => r.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1) > 0);
}

namespace PartyOrg.Api.Browser;

/// <summary>Answers the front end's and the IDE's addresses with how to build them, when the build left no files.</summary>
public sealed class FrontEndMissing(string webRoot)
{
    public Task ExplainAsync(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsGet(context.Request.Method) || !(path == "/" || path.Equals(IdePage.UiPath, StringComparison.OrdinalIgnoreCase)))
        {
            return next();
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(
            $"The web front end has not been built into {webRoot}: build the API project with Node.js 20.19 or later installed (dotnet build src/Api).",
            context.RequestAborted);
    }
}

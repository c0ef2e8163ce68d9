using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using PartyOrg.Api.Schema;

namespace PartyOrg.Api.Transport.Http;

/// <summary>GraphQL over HTTP: negotiates the response type, reads the request, executes it and picks the status code.</summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    SdlDocument sdl)
{
    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        try
        {
            await RespondAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: there is no one to answer.
        }
    }

    private async Task RespondAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            await sdl.WriteAsync(context.Response, cancellationToken);
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteAsync(context.Response, TransportError.NotAcceptable, MediaTypes.Json, cancellationToken);
            return;
        }

        var (graphQLRequest, error) = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, cancellationToken);
        if (error is not null)
        {
            await WriteAsync(context.Response, error, mediaType, cancellationToken);
            return;
        }

        var result = await ExecuteAsync(context, graphQLRequest!, isGet, cancellationToken);
        context.Response.StatusCode = StatusCodeFor(result, mediaType, context.Response);
        await WriteAsync(context.Response, result, mediaType, cancellationToken);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            ValidationRules = isGet ? MutationOverGetRule.WithCoreRules : null,
            CachedDocumentValidationRules = isGet ? [MutationOverGetRule.Instance] : null,
            CancellationToken = cancellationToken,
        });

    /// <summary>
    /// graphql-response+json: 200 once execution started, 400 for request errors.
    /// application/json keeps the legacy rule: 200 for every well-formed request.
    /// </summary>
    private static int StatusCodeFor(ExecutionResult result, string mediaType, HttpResponse response)
    {
        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            response.Headers.Allow = HttpMethods.Post;
            return StatusCodes.Status405MethodNotAllowed;
        }

        return result.Executed || mediaType == MediaTypes.Json
            ? StatusCodes.Status200OK
            : StatusCodes.Status400BadRequest;
    }

    private Task WriteAsync(HttpResponse response, TransportError error, string mediaType, CancellationToken cancellationToken)
    {
        response.StatusCode = error.StatusCode;
        return WriteAsync(response, error.ToResult(), mediaType, cancellationToken);
    }

    private async Task WriteAsync(HttpResponse response, ExecutionResult result, string mediaType, CancellationToken cancellationToken)
    {
        response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, cancellationToken);
    }
}

/// <summary>The printed schema served by <c>GET /graphql?sdl</c>, printed once.</summary>
public sealed class SdlDocument(ISchema schema)
{
    private readonly Lazy<string> _text = new(() => SchemaText.Print(schema));

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = $"{MediaTypes.PlainText}; charset=utf-8";
        await response.WriteAsync(_text.Value, cancellationToken);
    }
}

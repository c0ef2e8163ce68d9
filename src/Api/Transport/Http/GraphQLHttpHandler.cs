using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Schema;
using PartyOrg.Api.Security;
using PartyOrg.Api.Transport.Streaming;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Transport.Http;

/// <summary>GraphQL over HTTP: negotiates the response type, reads the request, executes it and picks the status code.</summary>
public sealed class GraphQLHttpHandler(
    GraphQLExecution execution,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    SdlDocument sdl,
    HttpCallers callers,
    RequestRateLimiter rateLimiter,
    StreamingResponder streaming)
{
    public const string CostHeader = "GraphQL-Cost";

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
        var streamFormat = StreamFormats.Negotiate(request.Headers.Accept);
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept) ?? (streamFormat is null ? null : MediaTypes.GraphQLResponse);
        var authentication = await callers.AuthenticateAsync(request, isGet && streamFormat == StreamFormat.EventStream, cancellationToken);
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (authentication.Caller is not { } caller)
        {
            // Refused keys count against the address, so keys cannot be guessed faster than anonymous requests are served.
            if (await RefuseOverLimitAsync(context, Caller.Anonymous, address, mediaType, cancellationToken))
            {
                return;
            }

            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteAsync(context.Response, TransportError.NotAuthenticated(authentication.Refusal!), mediaType ?? MediaTypes.Json, cancellationToken);
            return;
        }

        if (await RefuseOverLimitAsync(context, caller, address, mediaType, cancellationToken))
        {
            return;
        }

        if (isGet && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(context, caller, cancellationToken);
            return;
        }

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

        var cost = string.Equals(request.Headers[CostHeader].ToString(), "report", StringComparison.OrdinalIgnoreCase) ? CostMode.Report : CostMode.None;
        var executionRequest = new ExecutionRequest(graphQLRequest!, caller with { ClientAddress = address }, context.RequestServices, cancellationToken) { IsGet = isGet, Cost = cost, User = context.User };
        var result = streamFormat is { } format
            ? await streaming.RespondAsync(context, executionRequest, format)
            : await execution.ExecuteAsync(executionRequest);
        if (result is null)
        {
            return;
        }

        context.Response.StatusCode = StatusCodeFor(result, mediaType, context.Response);
        await WriteAsync(context.Response, result, mediaType, cancellationToken);
    }

    private async Task WriteSdlAsync(HttpContext context, Caller caller, CancellationToken cancellationToken)
    {
        if (!execution.IntrospectionAllowed && caller.Role != Role.Admin)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await WriteAsync(context.Response, new ExecutionResult { Errors = [LimitErrors.Introspection()] }, MediaTypes.Json, cancellationToken);
            return;
        }

        await sdl.WriteAsync(context.Response, cancellationToken);
    }

    /// <summary>Answers 429 with Retry-After when the caller is over its rate limit; false when the request may go on.</summary>
    private async Task<bool> RefuseOverLimitAsync(HttpContext context, Caller caller, string? address, string? mediaType, CancellationToken cancellationToken)
    {
        if (rateLimiter.TryAcquire(caller, address) is not { } refused)
        {
            return false;
        }

        context.Response.Headers.RetryAfter = refused.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await WriteAsync(context.Response, new ExecutionResult { Errors = [LimitErrors.RateLimited(refused.Limit, RequestRateLimiter.Per(caller), refused.RetryAfterSeconds)] }, mediaType ?? MediaTypes.Json, cancellationToken);
        return true;
    }

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

    /// <summary>
    /// The result as JSON. With GraphQL.NET's System.Text.Json serializer (the API's own) it is written straight into
    /// Kestrel's response pipe, with no stream adapter and buffer of its own in between; any other serializer (a
    /// decorator, say) writes to the body stream.
    /// </summary>
    private async Task WriteAsync(HttpResponse response, ExecutionResult result, string mediaType, CancellationToken cancellationToken)
    {
        response.ContentType = $"{mediaType}; charset=utf-8";
        if (serializer is ResultSerializer json)
        {
            await JsonSerializer.SerializeAsync(response.BodyWriter, result, json.Options, cancellationToken);
            return;
        }

        await serializer.WriteAsync(response.Body, result, cancellationToken);
    }
}

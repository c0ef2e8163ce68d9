using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema;
using PartyOrg.Api.Security;
using PartyOrg.Api.Telemetry;
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
    StreamingResponder streaming,
    OperationTelemetryFactory telemetry)
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
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e) && !context.Response.HasStarted)
        {
            // Before execution (the key check) there is no GraphQL result to carry the error: answer 503 with it.
            context.Response.Headers.RetryAfter = "1";
            context.Response.StatusCode = TransportError.DatabaseUnavailable.StatusCode;
            await WriteAsync(context.Response, TransportError.DatabaseUnavailable.ToResult(), MediaTypes.Json, cancellationToken);
        }
    }

    private async Task RespondAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var streamFormat = StreamFormats.Negotiate(request.Headers.Accept);
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept) ?? (streamFormat is null ? null : MediaTypes.GraphQLResponse);
        using var operation = telemetry.Start(streamFormat is { } streamed ? StreamFormats.TransportName(streamed) : "http");
        var authentication = await callers.AuthenticateAsync(request, isGet && streamFormat == StreamFormat.EventStream, cancellationToken);
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (authentication.Caller is not { } caller)
        {
            // Refused keys count against the address, so keys cannot be guessed faster than anonymous requests are served.
            if (await RefuseOverLimitAsync(context, Caller.Anonymous, address, mediaType, operation, cancellationToken))
            {
                return;
            }

            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await RefuseAsync(context.Response, TransportError.NotAuthenticated(authentication.Refusal!), mediaType ?? MediaTypes.Json, operation, cancellationToken);
            return;
        }

        operation.KeyId = caller.KeyId;
        if (await RefuseOverLimitAsync(context, caller, address, mediaType, operation, cancellationToken))
        {
            return;
        }

        if (isGet && request.Query.ContainsKey("sdl"))
        {
            operation.Describe("sdl", null, null);
            operation.Finish(await WriteSdlAsync(context, caller, cancellationToken));
            return;
        }

        if (mediaType is null)
        {
            await RefuseAsync(context.Response, TransportError.NotAcceptable, MediaTypes.Json, operation, cancellationToken);
            return;
        }

        var (graphQLRequest, error) = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, cancellationToken);
        if (error is not null)
        {
            await RefuseAsync(context.Response, error, mediaType, operation, cancellationToken);
            return;
        }

        var cost = string.Equals(request.Headers[CostHeader].ToString(), "report", StringComparison.OrdinalIgnoreCase) ? CostMode.Report : CostMode.None;
        var executionRequest = new ExecutionRequest(graphQLRequest!, caller with { ClientAddress = address }, context.RequestServices, cancellationToken) { IsGet = isGet, Cost = cost, User = context.User, Telemetry = operation };
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

    private async Task<ExecutionResult> WriteSdlAsync(HttpContext context, Caller caller, CancellationToken cancellationToken)
    {
        if (!execution.IntrospectionAllowed && caller.Role != Role.Admin)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var refused = new ExecutionResult { Errors = [LimitErrors.Introspection()] };
            await WriteAsync(context.Response, refused, MediaTypes.Json, cancellationToken);
            return refused;
        }

        await sdl.WriteAsync(context.Response, cancellationToken);
        return new ExecutionResult { Executed = true };
    }

    /// <summary>Answers 429 with Retry-After when the caller is over its rate limit; false when the request may go on.</summary>
    private async Task<bool> RefuseOverLimitAsync(HttpContext context, Caller caller, string? address, string? mediaType, OperationTelemetry operation, CancellationToken cancellationToken)
    {
        if (await rateLimiter.TryAcquireAsync(caller, address, cancellationToken) is not { } refused)
        {
            return false;
        }

        operation.Refuse(LimitErrors.RateLimitedCode);
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

    private Task RefuseAsync(HttpResponse response, TransportError error, string mediaType, OperationTelemetry operation, CancellationToken cancellationToken)
    {
        response.StatusCode = error.StatusCode;
        operation.Refuse(error.Code);
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

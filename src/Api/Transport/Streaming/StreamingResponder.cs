using System.Threading.Channels;
using GraphQL;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Security;
using PartyOrg.Api.Telemetry;

namespace PartyOrg.Api.Transport.Streaming;

/// <summary>
/// Answers a request that asked for a stream (<c>text/event-stream</c> or Apollo's multipart): the request runs through
/// the one <see cref="GraphQLExecution"/> with the same limits, roles and scope as over WebSocket; a query or mutation
/// is one result and the end, a subscription one result per event until the client goes away. Results wait in a
/// bounded queue: a client that cannot keep up has its response ended and resumes with <c>Last-Event-ID</c>. While a
/// subscription streams, its key is checked again every <see cref="StreamingOptions.AuthorizationCheckSeconds"/>, as an
/// open WebSocket's is: once revoked or expired, the stream ends with an <c>AUTH_NOT_AUTHENTICATED</c> error.
/// </summary>
public sealed class StreamingResponder(
    GraphQLExecution execution, IGraphQLTextSerializer serializer, KeyAuthenticator authenticator, StreamingOptions options, SubscriptionTelemetry subscriptions, ILogger<StreamingResponder> logger)
{
    public const string LastEventIdHeader = "Last-Event-ID";

    /// <summary>Streams the answer; returns the result when it did not execute (or Last-Event-ID is not a position), to be answered as JSON.</summary>
    public async Task<ExecutionResult?> RespondAsync(HttpContext context, ExecutionRequest request, StreamFormat format)
    {
        long? resumeAfter = null;
        if (format == StreamFormat.EventStream && context.Request.Headers.TryGetValue(LastEventIdHeader, out var lastEventId))
        {
            resumeAfter = StreamEventId.ParsePosition(lastEventId.ToString());
            if (resumeAfter is null)
            {
                return new ExecutionResult { Errors = [new ExecutionError($"The Last-Event-ID header must be the id of an event this service sent (a change-log position), got '{Shown(lastEventId.ToString())}'.") { Code = "INVALID_LAST_EVENT_ID" }] };
            }
        }

        return await RespondAsync(context, request, format, resumeAfter);
    }

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>Streams the answer; returns the result instead when the request did not execute, for the caller to answer as JSON.</summary>
    private async Task<ExecutionResult?> RespondAsync(HttpContext context, ExecutionRequest request, StreamFormat format, long? resumeAfter)
    {
        var positions = new StreamPositions { ResumeAfter = resumeAfter };
        var result = await execution.ExecuteAsync(request with
        {
            CanStream = true,
            UserContext = new Dictionary<string, object?>(StringComparer.Ordinal) { [StreamPositions.UserContextKey] = positions },
        });
        if (!result.Executed)
        {
            return result;
        }

        var cancellationToken = request.CancellationToken;
        var writer = ResultStreamWriter.For(format, context.Response, serializer);
        await writer.StartAsync(cancellationToken);
        var stream = result.Streams?.Values.FirstOrDefault(s => s is not null);
        if (stream is null)
        {
            await writer.NextAsync(result, null, cancellationToken);
            await writer.CompleteAsync(cancellationToken);
            return null;
        }

        var queue = Channel.CreateBounded<StreamItem>(new BoundedChannelOptions(options.SendQueueLength) { SingleReader = true });
        using var subscription = subscriptions.Observe(stream, new StreamQueueObserver(queue.Writer, positions), StreamFormats.TransportName(format), request.Telemetry?.Context ?? default);
        using var watch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var refusal = WatchKeyAsync(request.Caller, watch.Token);
        try
        {
            await PumpAsync(queue.Reader, writer, refusal, cancellationToken);
        }
        finally
        {
            await watch.CancelAsync();
            await ((Task)refusal).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return null;
    }

    /// <summary>Completes with the reason once the caller's key is no longer valid; runs until cancelled while it is.</summary>
    private async Task<string> WatchKeyAsync(Caller caller, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(options.AuthorizationCheckInterval, cancellationToken);
            try
            {
                if (await authenticator.RefusalSinceAsync(caller, cancellationToken) is { } refusal)
                {
                    return refusal;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failing check (the database away) does not end the stream; the next interval asks again.
                logger.StreamAuthorizationCheckFailed(e);
            }
        }
    }

    private async Task PumpAsync(ChannelReader<StreamItem> queue, ResultStreamWriter writer, Task<string> refusal, CancellationToken cancellationToken)
    {
        while (true)
        {
            var waited = await WaitAsync(queue, refusal, cancellationToken);
            if (refusal.IsCompletedSuccessfully)
            {
                var error = new ExecutionError($"{refusal.Result} The stream has ended.") { Code = KeyAuthenticator.NotAuthenticated };
                await writer.ErrorAsync(new ExecutionResult { Errors = [error] }, cancellationToken);
                return;
            }

            if (waited is not { } ready)
            {
                await writer.KeepAliveAsync(cancellationToken);
                continue;
            }

            if (!ready)
            {
                // Ended without a last item: the queue overflowed. The response ends without `complete`, so the client reconnects and resumes.
                logger.SlowStreamEnded();
                return;
            }

            while (queue.TryRead(out var item))
            {
                switch (item.Kind)
                {
                    case StreamItemKind.Next:
                        await writer.NextAsync(item.Result!, item.Id, cancellationToken);
                        break;
                    case StreamItemKind.Error:
                        await writer.ErrorAsync(item.Result!, cancellationToken);
                        return;
                    default:
                        await writer.CompleteAsync(cancellationToken);
                        return;
                }
            }
        }
    }

    /// <summary>
    /// Whether more can be read (false: the queue was closed), or null when the keep-alive interval passed first or the
    /// key watch found a refusal.
    /// </summary>
    private async Task<bool?> WaitAsync(ChannelReader<StreamItem> queue, Task<string> refusal, CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(options.KeepAlive);
        var reading = queue.WaitToReadAsync(idle.Token).AsTask();
        if (await Task.WhenAny(reading, refusal) != reading)
        {
            await idle.CancelAsync();
        }

        try
        {
            return await reading;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}

internal static partial class StreamingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "A streamed response fell behind its queue and was ended; the client resumes from its last event id.")]
    public static partial void SlowStreamEnded(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking an open stream's key again failed; the stream goes on and the next check asks again.")]
    public static partial void StreamAuthorizationCheckFailed(this ILogger logger, Exception exception);
}

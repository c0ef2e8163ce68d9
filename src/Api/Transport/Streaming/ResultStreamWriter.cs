using System.Text;
using GraphQL;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Schema;

namespace PartyOrg.Api.Transport.Streaming;

/// <summary>Frames results on a streamed HTTP response; one writer per response, called by one task at a time.</summary>
public abstract class ResultStreamWriter(HttpResponse response, IGraphQLTextSerializer serializer)
{
    protected HttpResponse Response { get; } = response;

    protected IGraphQLTextSerializer Serializer { get; } = serializer;

    public static ResultStreamWriter For(StreamFormat format, HttpResponse response, IGraphQLTextSerializer serializer) => format switch
    {
        StreamFormat.Multipart => new MultipartWriter(response, serializer),
        _ => new EventStreamWriter(response, serializer),
    };

    /// <summary>Sends the status and headers at once, so the client knows the stream is open before the first event.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status200OK;
        Response.ContentType = ContentType;
        Response.Headers.CacheControl = "no-cache";
        Response.Headers["X-Accel-Buffering"] = "no";
        await WriteAsync(Opening, cancellationToken);
    }

    public abstract Task NextAsync(ExecutionResult result, StreamEventId? id, CancellationToken cancellationToken);

    /// <summary>A result that ends the stream with errors (the event source failed).</summary>
    public abstract Task ErrorAsync(ExecutionResult result, CancellationToken cancellationToken);

    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract Task KeepAliveAsync(CancellationToken cancellationToken);

    protected abstract string ContentType { get; }

    protected virtual string Opening => string.Empty;

    protected async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        if (text.Length > 0)
        {
            await Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        }

        await Response.Body.FlushAsync(cancellationToken);
    }
}

/// <summary>
/// graphql-sse's distinct connections mode: <c>event: next</c> with the result as <c>data</c> (and the log position as
/// <c>id</c>, so <c>EventSource</c> sends it back as <c>Last-Event-ID</c>), <c>event: complete</c>, comments as keep-alives.
/// </summary>
public sealed class EventStreamWriter(HttpResponse response, IGraphQLTextSerializer serializer) : ResultStreamWriter(response, serializer)
{
    protected override string ContentType => $"{StreamFormats.EventStream}; charset=utf-8";

    public override async Task NextAsync(ExecutionResult result, StreamEventId? id, CancellationToken cancellationToken)
    {
        var head = $"{(id is null ? string.Empty : $"id: {id.Text}\n")}event: next\ndata: ";
        if (result is SharedEventResult shared)
        {
            // The same result goes to every subscriber of its group: its JSON is made once (JSON holds no raw line breaks).
            var body = Response.Body;
            await body.WriteAsync(Encoding.UTF8.GetBytes(head), cancellationToken);
            await body.WriteAsync(await shared.JsonAsync((IGraphQLSerializer)Serializer, cancellationToken), cancellationToken);
            await WriteAsync("\n\n", cancellationToken);
            return;
        }

        await WriteAsync($"{head}{Serializer.Serialize(result)}\n\n", cancellationToken);
    }

    public override async Task ErrorAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        await NextAsync(result, null, cancellationToken);
        await CompleteAsync(cancellationToken);
    }

    public override Task CompleteAsync(CancellationToken cancellationToken) => WriteAsync("event: complete\ndata: \n\n", cancellationToken);

    public override Task KeepAliveAsync(CancellationToken cancellationToken) => WriteAsync(":\n\n", cancellationToken);
}

/// <summary>
/// Apollo Client's multipart subscriptions: each result a JSON part <c>{"payload": …}</c>, <c>{}</c> as a heartbeat,
/// <c>{"payload": null, "errors": […]}</c> for a failure of the stream itself, and the closing boundary at the end.
/// </summary>
public sealed class MultipartWriter(HttpResponse response, IGraphQLTextSerializer serializer) : ResultStreamWriter(response, serializer)
{
    public const string Boundary = "graphql";

    protected override string ContentType => $"{StreamFormats.Multipart}; boundary=\"{Boundary}\"; subscriptionSpec=\"1.0\"";

    protected override string Opening => $"\r\n--{Boundary}";

    public override Task NextAsync(ExecutionResult result, StreamEventId? id, CancellationToken cancellationToken) =>
        PartAsync($"{{\"payload\":{Serializer.Serialize(result)}}}", cancellationToken);

    public override async Task ErrorAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var errors = Serializer.Serialize(new ExecutionResult { Errors = result.Errors });
        await PartAsync($"{{\"payload\":null,{errors.TrimStart('{')}", cancellationToken);
        await CompleteAsync(cancellationToken);
    }

    /// <summary>Every part ends on a boundary; two dashes after the last make it the closing delimiter.</summary>
    public override Task CompleteAsync(CancellationToken cancellationToken) => WriteAsync("--\r\n", cancellationToken);

    public override Task KeepAliveAsync(CancellationToken cancellationToken) => PartAsync("{}", cancellationToken);

    private Task PartAsync(string json, CancellationToken cancellationToken) =>
        WriteAsync($"\r\nContent-Type: application/json; charset=utf-8\r\n\r\n{json}\r\n--{Boundary}", cancellationToken);
}

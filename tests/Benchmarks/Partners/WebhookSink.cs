using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PartyOrg.Benchmarks.Partners;

/// <summary>One POST the sink got: the webhook it was for, its <c>webhook-id</c>, what the event says and what was answered.</summary>
public sealed record SinkReceipt(int Webhook, long Position, string VillageCode, DateTimeOffset CommittedAt, DateTimeOffset ReceivedAt, int Status);

/// <summary>
/// The partners' endpoints: an in-process Kestrel on 127.0.0.1 that takes <c>POST /hook/{n}</c> for webhook n, records
/// each and answers 204, or 503 while <see cref="Down"/>.
/// </summary>
public sealed class WebhookSink : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookSink(WebApplication app) => _app = app;

    public ConcurrentQueue<SinkReceipt> Receipts { get; } = new();

    private volatile bool _down;

    /// <summary>While set, every POST is answered 503.</summary>
    public bool Down { get => _down; set => _down = value; }

    public string Url(int webhook) => $"{_app.Urls.First()}/hook/{webhook}";

    public static async Task<WebhookSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new WebhookSink(app);
        app.MapPost("/hook/{n:int}", async (int n, HttpContext context) =>
        {
            var receivedAt = DateTimeOffset.UtcNow;
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var change = body.RootElement.GetProperty("data").GetProperty("changes");
            var status = sink.Down ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status204NoContent;
            sink.Receipts.Enqueue(new SinkReceipt(
                n, long.Parse(context.Request.Headers["webhook-id"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                change.GetProperty("village").GetProperty("code").GetString()!, change.GetProperty("committedAt").GetDateTimeOffset(), receivedAt, status));
            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        return sink;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

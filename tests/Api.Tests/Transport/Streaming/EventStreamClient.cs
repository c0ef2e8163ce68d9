using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>One dispatched Server-Sent Event: its type, data and last event id, as a browser's EventSource reports them.</summary>
public sealed record ServerSentEvent(string Type, string Data, string LastEventId)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement.Clone();
}

/// <summary>
/// A plain reader of <c>text/event-stream</c>, written from the HTML standard's parsing rules rather than from the
/// server's writer: lines end in LF, CR or CRLF; <c>:</c> starts a comment; <c>data</c> lines join with LF; an
/// empty line dispatches; <c>id</c> sets the last event id, which persists across events.
/// </summary>
public sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private string _lastEventId = string.Empty;

    private EventStreamClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    /// <summary>Comment lines seen so far (the server's keep-alives).</summary>
    public int Comments { get; private set; }

    /// <summary>POSTs the request with <c>Accept: text/event-stream</c> (and <c>Last-Event-ID</c> when given) and opens the stream.</summary>
    public static Task<EventStreamClient> PostAsync(HttpClient client, string query, object? variables = null, string? lastEventId = null)
    {
        var request = GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables }), "text/event-stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        return OpenAsync(client, request);
    }

    public static async Task<EventStreamClient> OpenAsync(HttpClient client, HttpRequestMessage request)
    {
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStreamClient(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next dispatched event, or null when the stream ends first.</summary>
    public async Task<ServerSentEvent?> NextAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        string type = string.Empty;
        var data = new StringBuilder();
        var hasData = false;
        while (await _reader.ReadLineAsync(cancellation.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (hasData)
                {
                    return new ServerSentEvent(type.Length == 0 ? "message" : type, data.ToString(), _lastEventId);
                }

                type = string.Empty;
                continue;
            }

            if (line[0] == ':')
            {
                Comments++;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..];
            value = value.StartsWith(' ') ? value[1..] : value;
            switch (field)
            {
                case "event":
                    type = value;
                    break;
                case "data":
                    data.Append(hasData ? "\n" : string.Empty).Append(value);
                    hasData = true;
                    break;
                case "id" when !value.Contains('\0', StringComparison.Ordinal):
                    _lastEventId = value;
                    break;
            }
        }

        return null;
    }

    /// <summary>The next <paramref name="count"/> <c>next</c> events' results.</summary>
    public async Task<List<ServerSentEvent>> NextEventsAsync(int count)
    {
        var events = new List<ServerSentEvent>();
        while (events.Count < count)
        {
            var received = await NextAsync() ?? throw new InvalidOperationException($"The stream ended after {events.Count} of {count} events.");
            Assert.Equal("next", received.Type);
            events.Add(received);
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>
/// One graphql-sse client (distinct connections mode): <c>POST /graphql</c> with <c>Accept: text/event-stream</c>, then a
/// loop over the event stream (lines; <c>event:</c> and <c>data:</c> fields; a blank line dispatches; <c>:</c> comments are
/// keep-alives) that records every <c>next</c> with its latency.
/// </summary>
public sealed class EventStreamSubscriber(string scope, string prefix, string key, HttpClient client) : ChangeSubscriber(scope, prefix)
{
    private readonly CancellationTokenSource _stop = new();
    private HttpResponseMessage? _response;
    private Task? _loop;

    /// <summary>A client for many streams at once: one connection each, none recycled while it streams.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        UseProxy = false,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    public override async Task ConnectAndSubscribeAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query, variables = new { scope = Scope } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (!_response.IsSuccessStatusCode || _response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            throw new InvalidOperationException($"Expected an event stream, got {(int)_response.StatusCode} {_response.Content.Headers.ContentType}.");
        }

        var body = await _response.Content.ReadAsStreamAsync(timeout.Token);
        _loop = Task.Run(() => ReadLoopAsync(body), CancellationToken.None);
    }

    private async Task ReadLoopAsync(Stream body)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var type = string.Empty;
        var data = new StringBuilder();
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    Dispatch(type, data);
                    type = string.Empty;
                    data.Clear();
                }
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    type = line[6..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Append(data.Length > 0 ? "\n" : string.Empty).Append(line[5..].TrimStart(' '));
                }
            }

            Fail("the server ended the stream");
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Fail($"{e.GetType().Name}: {e.Message}");
        }
    }

    private void Dispatch(string type, StringBuilder data)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        if (type == "next")
        {
            using var result = JsonDocument.Parse(data.ToString());
            Record(result.RootElement, receivedAt);
        }
        else if (type == "complete")
        {
            Fail("complete");
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response?.Dispose();
        if (_loop is not null)
        {
            await _loop;
        }

        _stop.Dispose();
    }
}

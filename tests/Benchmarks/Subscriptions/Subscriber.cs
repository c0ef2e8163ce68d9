using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>
/// One <c>graphql-transport-ws</c> client: connection_init → connection_ack → subscribe to
/// <c>changes(scope:)</c>, then a receive loop that records every <c>next</c> with its latency.
/// </summary>
public sealed class Subscriber : IAsyncDisposable
{
    public const string Query = "subscription($scope: String!) { changes(scope: $scope) { position kind committedAt village { code } } }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    private readonly string _key;

    public Subscriber(string scope, string prefix, string key)
    {
        Scope = scope;
        Prefix = prefix;
        _key = key;
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public string Scope { get; }

    /// <summary>The village-code prefix of the scope's subtree: an event belongs to it when its village starts with it.</summary>
    public string Prefix { get; }

    /// <summary>Latencies in milliseconds (receipt − committedAt), one per event received.</summary>
    public List<double> Latencies { get; } = [];

    public int Received { get; private set; }

    /// <summary>Whether the subscription was sent (the server acknowledged the connection).</summary>
    public bool Connected => _loop is not null;

    public int Duplicates { get; private set; }

    /// <summary>Events whose village lies outside the scope.</summary>
    public int Misdelivered { get; private set; }

    /// <summary>Anything but next: error, complete, close, a failure of the loop.</summary>
    public string? Problem { get; private set; }

    private HashSet<string> Positions { get; } = [];

    public async Task ConnectAndSubscribeAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        await _socket.ConnectAsync(endpoint, timeout.Token);
        await SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {_key}" } }, timeout.Token);
        var ack = await ReceiveAsync(new ArrayBufferWriter<byte>(1024), timeout.Token);
        if (ack is null || Type(ack.RootElement) != "connection_ack")
        {
            throw new InvalidOperationException($"Expected connection_ack, got {ack?.RootElement.ToString() ?? $"a close ({_socket.CloseStatus} {_socket.CloseStatusDescription})"}.");
        }

        ack.Dispose();
        await SendAsync(new { id = "1", type = "subscribe", payload = new { query = Query, variables = new { scope = Scope } } }, timeout.Token);
        _loop = Task.Run(ReceiveLoopAsync, CancellationToken.None);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var message = await ReceiveAsync(buffer, _stop.Token);
                var receivedAt = DateTimeOffset.UtcNow;
                if (message is null)
                {
                    Problem ??= $"closed by the server: {_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    return;
                }

                var root = message.RootElement;
                if (Type(root) != "next")
                {
                    Problem ??= $"unexpected message {root}";
                    continue;
                }

                var payload = root.GetProperty("payload");
                if (payload.TryGetProperty("errors", out var errors))
                {
                    Problem ??= $"errors {errors}";
                    continue;
                }

                var change = payload.GetProperty("data").GetProperty("changes");
                lock (Latencies)
                {
                    if (!Positions.Add(change.GetProperty("position").GetString()!))
                    {
                        Duplicates++;
                        continue;
                    }

                    Received++;
                    Latencies.Add((receivedAt - change.GetProperty("committedAt").GetDateTimeOffset()).TotalMilliseconds);
                    if (!change.GetProperty("village").GetProperty("code").GetString()!.StartsWith(Prefix, StringComparison.Ordinal))
                    {
                        Misdelivered++;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is WebSocketException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Problem ??= $"{e.GetType().Name}: {e.Message}";
        }
    }

    private async Task<JsonDocument?> ReceiveAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.WrittenMemory);
            }
        }
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, cancellationToken);

    private static string? Type(JsonElement message) => message.TryGetProperty("type", out var type) ? type.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _socket.Dispose();
        _stop.Dispose();
    }
}

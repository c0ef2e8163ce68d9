using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>
/// One <c>graphql-transport-ws</c> client: connection_init → connection_ack → subscribe to
/// <c>changes(scope:)</c>, then a receive loop that records every <c>next</c> with its latency.
/// </summary>
public sealed class Subscriber : ChangeSubscriber
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    private readonly string _key;

    public Subscriber(string scope, string prefix, string key)
        : base(scope, prefix)
    {
        _key = key;
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    /// <summary>Whether the subscription was sent (the server acknowledged the connection).</summary>
    public bool Connected => _loop is not null;

    public override async Task ConnectAndSubscribeAsync(Uri endpoint, CancellationToken cancellationToken)
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
                    Fail($"closed by the server: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
                    return;
                }

                var root = message.RootElement;
                if (Type(root) != "next")
                {
                    Fail($"unexpected message {root}");
                    continue;
                }

                Record(root.GetProperty("payload"), receivedAt);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is WebSocketException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Fail($"{e.GetType().Name}: {e.Message}");
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

    public override async ValueTask DisposeAsync()
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

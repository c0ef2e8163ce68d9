using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>The client end of a <c>graphql-transport-ws</c> socket, reading and writing whole JSON messages.</summary>
public sealed class ProtocolClient(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public WebSocket Socket => socket;

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task SendBinaryAsync(byte[] data)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(data, WebSocketMessageType.Binary, true, timeout.Token);
    }

    /// <summary>Sends <c>connection_init</c> and expects <c>connection_ack</c>, which it returns.</summary>
    public async Task<JsonElement> InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        var ack = await ReceiveMessageAsync();
        Assert.Equal("connection_ack", ack.Type());
        return ack;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public Task CompleteAsync(string id) => SendAsync(new { id, type = "complete" });

    /// <summary>The next frame: a message, or the server's close (which this answers, finishing the handshake).</summary>
    public async Task<Frame> ReceiveAsync(TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? Patience);
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }

                return new Frame(null, (int?)socket.CloseStatus, socket.CloseStatusDescription);
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                return new Frame(document.RootElement.Clone(), null, null);
            }
        }
    }

    public async Task<JsonElement> ReceiveMessageAsync()
    {
        var frame = await ReceiveAsync();
        Assert.True(frame.Message is not null, $"Expected a message, the socket closed with {frame.CloseCode} {frame.CloseDescription}.");
        return frame.Message.Value;
    }

    /// <summary>Expects the next frame to be the server's close and returns its code and description.</summary>
    public async Task<(int? Code, string? Description)> ReceiveCloseAsync(TimeSpan? patience = null)
    {
        var frame = await ReceiveAsync(patience);
        Assert.True(frame.Message is null, $"Expected the socket to close, got {frame.Message}.");
        return (frame.CloseCode, frame.CloseDescription);
    }

    /// <summary>Reads messages until the server closes; returns them with the close.</summary>
    public async Task<(List<JsonElement> Messages, int? Code, string? Description)> ReadUntilCloseAsync()
    {
        var messages = new List<JsonElement>();
        while (true)
        {
            var frame = await ReceiveAsync();
            if (frame.Message is null)
            {
                return (messages, frame.CloseCode, frame.CloseDescription);
            }

            messages.Add(frame.Message.Value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server went first; nothing to tidy.
            }
        }

        socket.Dispose();
    }
}

/// <summary>One frame from the server: a JSON message, or a close with its code and description.</summary>
public readonly record struct Frame(JsonElement? Message, int? CloseCode, string? CloseDescription);

public static class MessageJson
{
    public static string? Type(this JsonElement message) => message.GetProperty("type").GetString();

    public static string? Id(this JsonElement message) => message.TryGetProperty("id", out var id) ? id.GetString() : null;

    public static JsonElement Payload(this JsonElement message) => message.GetProperty("payload");

    public static bool HasPayload(this JsonElement message) =>
        message.TryGetProperty("payload", out var payload) && payload.ValueKind != JsonValueKind.Null;
}

using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>A minimal <c>graphql-transport-ws</c> client over the test server's real WebSocket at <c>/graphql</c>.</summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly WebSocket _socket;

    private TransportWsClient(WebSocket socket) => _socket = socket;

    /// <summary>Connects, sends <c>connection_init</c> and expects <c>connection_ack</c>.</summary>
    public static async Task<TransportWsClient> ConnectAsync(ApiFactory api)
    {
        var client = api.Server.CreateWebSocketClient();
        if (api.ClientKey is { } key)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {key}";
        }

        client.SubProtocols.Add("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(Patience);
        var connection = new TransportWsClient(await client.ConnectAsync(new Uri(api.Server.BaseAddress, GraphQLHttp.Path), timeout.Token));
        await connection.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", Type(await connection.ReceiveAsync()));
        return connection;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public Task CompleteAsync(string id) => SendAsync(new { id, type = "complete" });

    /// <summary>The payloads of the next <paramref name="count"/> <c>next</c> messages of <paramref name="id"/>; fails on anything else.</summary>
    public async Task<List<JsonElement>> NextAsync(string id, int count)
    {
        var payloads = new List<JsonElement>();
        while (payloads.Count < count)
        {
            var message = await ReceiveAsync();
            Assert.True(Type(message) == "next" && message.GetProperty("id").GetString() == id, $"Expected next of {id}, got {message}.");
            var payload = message.GetProperty("payload");
            Assert.False(payload.TryGetProperty("errors", out var errors), errors.ToString());
            payloads.Add(payload.GetProperty("data"));
        }

        return payloads;
    }

    /// <summary>The next message, whatever it is.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? Patience);
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), timeout.Token);
            Assert.True(result.MessageType != WebSocketMessageType.Close, $"The server closed the socket: {_socket.CloseStatus} {_socket.CloseStatusDescription}.");
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                return document.RootElement.Clone();
            }
        }
    }

    /// <summary>Asserts that no message arrives within <paramref name="quiet"/>.</summary>
    public async Task AssertQuietAsync(TimeSpan quiet)
    {
        try
        {
            var message = await ReceiveAsync(quiet);
            Assert.Fail($"Expected no message, got {message}.");
        }
        catch (OperationCanceledException)
        {
        }
    }

    public static string? Type(JsonElement message) => message.GetProperty("type").GetString();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }

    private async Task SendAsync(object message)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, timeout.Token);
    }
}

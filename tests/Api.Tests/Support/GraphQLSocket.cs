using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// The tests' one <c>graphql-transport-ws</c> client: opens a socket to the test host (or wraps one end of an in-memory
/// pair), sends messages or raw frames, and reads the server's messages and its close. The expectations built on
/// reading (a query's result, a subscription's events, silence) are in the other part of this class.
/// </summary>
public sealed partial class GraphQLSocket(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public WebSocket Socket => socket;

    /// <summary>Opens a socket as the factory's clients are: its key (if any) in the upgrade request's <c>Authorization</c> header.</summary>
    public static Task<GraphQLSocket> OpenAsync(ApiFactory api, IEnumerable<string>? subProtocols = null) =>
        OpenWithAuthorizationAsync(api, api.ClientKey is { } key ? $"Bearer {key}" : null, subProtocols);

    /// <summary>Opens a socket whose upgrade request carries this <c>Authorization</c> header (none for null); sends nothing.</summary>
    public static async Task<GraphQLSocket> OpenWithAuthorizationAsync(ApiFactory api, string? authorization, IEnumerable<string>? subProtocols = null)
    {
        var client = api.Server.CreateWebSocketClient();
        if (authorization is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = authorization;
        }

        foreach (var subProtocol in subProtocols ?? [GraphQLTransportWs.SubProtocol])
        {
            client.SubProtocols.Add(subProtocol);
        }

        using var timeout = new CancellationTokenSource(Patience);
        return new GraphQLSocket(await client.ConnectAsync(new Uri(api.Server.BaseAddress, GraphQLHttp.Path), timeout.Token));
    }

    /// <summary>Opens a socket as the factory's clients are and expects <c>connection_ack</c> to its <c>connection_init</c>.</summary>
    public static async Task<GraphQLSocket> ConnectAsync(ApiFactory api)
    {
        var socket = await OpenAsync(api);
        await socket.InitAsync();
        return socket;
    }

    /// <summary>Opens a socket without an upgrade header and sends <c>{"apiKey": key}</c> (nothing for null) in <c>connection_init</c>.</summary>
    public static async Task<GraphQLSocket> ConnectWithKeyAsync(ApiFactory api, string? key)
    {
        var socket = await OpenWithAuthorizationAsync(api, null);
        await socket.InitAsync(key is null ? null : new { apiKey = key });
        return socket;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) => SendFrameAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public Task SendBinaryAsync(byte[] data) => SendFrameAsync(data, WebSocketMessageType.Binary);

    /// <summary>Sends bytes as one frame of this type, as they are (e.g. invalid UTF-8 in a text frame).</summary>
    public async Task SendFrameAsync(byte[] data, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(data, type, true, timeout.Token);
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

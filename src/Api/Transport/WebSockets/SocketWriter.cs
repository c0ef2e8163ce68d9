using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using PartyOrg.Api.Schema;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// The only sender on a socket: one bounded queue of outgoing messages, drained by one task. Producers
/// (operations and their event streams) enqueue and never wait for the socket; when the queue is full the
/// client is a slow consumer and the socket closes with 4413. A close drops what is still queued and its
/// frame follows the message in flight.
/// </summary>
public sealed class SocketWriter(WebSocket socket, IGraphQLSerializer serializer, int queueLength, ILogger logger)
{
    private readonly Channel<Outgoing> _queue = Channel.CreateBounded<Outgoing>(
        new BoundedChannelOptions(queueLength) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly TaskCompletionSource<CloseReason> _close = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the reason of the first close requested.</summary>
    public Task<CloseReason> Closing => _close.Task;

    public bool IsClosing => _close.Task.IsCompleted;

    /// <summary>Queues a message without waiting; messages of an operation the client cancelled are dropped when their turn comes.</summary>
    public bool TrySend(OperationMessage message, Operation? owner = null)
    {
        if (IsClosing)
        {
            return false;
        }

        if (_queue.Writer.TryWrite(new Outgoing(message, owner)))
        {
            return true;
        }

        Close(CloseReason.SlowConsumer);
        return false;
    }

    /// <summary>Asks for the socket to close; the first reason wins.</summary>
    public void Close(CloseReason reason)
    {
        if (_close.TrySetResult(reason))
        {
            _queue.Writer.TryComplete();
        }
    }

    /// <summary>Sends queued messages until a close is requested, then the close frame.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var reader = _queue.Reader;
        while (!IsClosing && await reader.WaitToReadAsync(cancellationToken))
        {
            while (!IsClosing && reader.TryRead(out var outgoing))
            {
                if (outgoing.Owner?.IsCancelled != true && await SerializeAsync(buffer, outgoing.Message, cancellationToken))
                {
                    await socket.SendAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), WebSocketMessageType.Text, true, cancellationToken);
                }
            }
        }

        var reason = await _close.Task;
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)reason.Code, reason.Description, cancellationToken);
        }
    }

    private async Task<bool> SerializeAsync(MemoryStream buffer, OperationMessage message, CancellationToken cancellationToken)
    {
        buffer.SetLength(0);
        try
        {
            if (message.Type == GraphQLTransportWs.Next && message.Payload is SharedEventResult shared)
            {
                // The same result goes to every subscriber of its group: its JSON is made once and framed here.
                var payload = await shared.JsonAsync(serializer, cancellationToken);
                using var json = new Utf8JsonWriter(buffer);
                json.WriteStartObject();
                json.WriteString("id", message.Id);
                json.WriteString("type", GraphQLTransportWs.Next);
                json.WritePropertyName("payload");
                json.WriteRawValue(payload, skipInputValidation: true);
                json.WriteEndObject();
                json.Flush();
                return true;
            }

            await serializer.WriteAsync(buffer, message, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.SerializationFailed(e, message.Type, message.Id);
            Close(CloseReason.InternalServerError);
            return false;
        }
    }

    private readonly record struct Outgoing(OperationMessage Message, Operation? Owner);
}

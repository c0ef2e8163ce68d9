using System.Buffers;
using System.Net.WebSockets;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>Reads whole messages off a socket, up to a size limit, reusing one buffer.</summary>
public sealed class MessageReceiver(WebSocket socket, int maxMessageBytes)
{
    private const int ChunkBytes = 4096;
    private static readonly CloseReason BinaryFrame = CloseReason.BadRequest("Invalid message: binary frames are not supported; send JSON text");

    private readonly ArrayBufferWriter<byte> _buffer = new(ChunkBytes);

    /// <summary>The next message; its data is valid until the next call.</summary>
    public async Task<ReceivedMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        var tooBig = false;
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.GetMemory(ChunkBytes), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ReceivedMessage.Close;
            }

            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > maxMessageBytes)
            {
                // Read the rest of the message but keep none of it.
                tooBig = true;
                _buffer.ResetWrittenCount();
            }

            if (result.EndOfMessage)
            {
                return tooBig ? new ReceivedMessage(default, CloseReason.MessageTooBig(maxMessageBytes))
                    : result.MessageType == WebSocketMessageType.Binary ? new ReceivedMessage(default, BinaryFrame)
                    : new ReceivedMessage(_buffer.WrittenMemory, null);
            }
        }
    }
}

/// <summary>A received text message, a message refused before it is read, or the client's close.</summary>
public readonly record struct ReceivedMessage(ReadOnlyMemory<byte> Data, CloseReason? Refusal, bool IsClose = false)
{
    public static ReceivedMessage Close { get; } = new(default, null, IsClose: true);
}

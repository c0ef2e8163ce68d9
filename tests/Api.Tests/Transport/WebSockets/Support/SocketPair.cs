using System.IO.Pipelines;
using System.Net.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>
/// Two real (managed) WebSockets joined by in-memory pipes. The pipe towards the client holds at most
/// <c>clientBufferBytes</c> unread: a client that stops reading makes the server's sends wait, as a slow
/// network peer would.
/// </summary>
public sealed class SocketPair : IDisposable
{
    public SocketPair(long clientBufferBytes, string subProtocol)
    {
        var toClient = new Pipe(new PipeOptions(pauseWriterThreshold: clientBufferBytes, resumeWriterThreshold: clientBufferBytes / 2));
        var toServer = new Pipe();
        Server = WebSocket.CreateFromStream(
            new DuplexStream(toServer.Reader, toClient.Writer),
            new WebSocketCreationOptions { IsServer = true, SubProtocol = subProtocol, KeepAliveInterval = TimeSpan.Zero });
        Client = WebSocket.CreateFromStream(
            new DuplexStream(toClient.Reader, toServer.Writer),
            new WebSocketCreationOptions { IsServer = false, SubProtocol = subProtocol, KeepAliveInterval = TimeSpan.Zero });
    }

    public WebSocket Server { get; }

    public WebSocket Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }

    /// <summary>Reads from one pipe and writes to the other; disposing it ends both directions.</summary>
    private sealed class DuplexStream(PipeReader reader, PipeWriter writer) : Stream
    {
        private readonly Stream _input = reader.AsStream();
        private readonly Stream _output = writer.AsStream();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _input.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _input.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => _output.Write(buffer, offset, count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            _output.WriteAsync(buffer, cancellationToken);

        public override Task FlushAsync(CancellationToken cancellationToken) => _output.FlushAsync(cancellationToken);

        public override void Flush() => _output.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _input.Dispose();
                _output.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

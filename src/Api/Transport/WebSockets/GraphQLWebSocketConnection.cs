using System.Net.WebSockets;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> socket: reads the client's messages in order and answers them, while its
/// operations run concurrently and send through the socket's <see cref="SocketWriter"/>. Whatever ends the
/// socket (the client, a protocol error, a slow consumer, a crash), every operation is cancelled and every
/// event stream disposed, and the socket is aborted when the close handshake does not finish in time.
/// </summary>
public sealed class GraphQLWebSocketConnection
{
    private readonly WebSocket _socket;
    private readonly GraphQLWebSocketServices _services;
    private readonly SocketWriter _writer;
    private readonly MessageReceiver _receiver;
    private readonly ConnectionProtocol _protocol;

    public GraphQLWebSocketConnection(WebSocket socket, WebSocketConnectionContext context, GraphQLWebSocketServices services)
    {
        _socket = socket;
        _services = services;
        _writer = new SocketWriter(socket, services.Serializer, services.Options.SendQueueLength, services.Logger);
        _receiver = new MessageReceiver(socket, services.Options.MaxMessageBytes);
        _protocol = new ConnectionProtocol(context, services, _writer);
    }

    /// <summary>Serves the socket until it is closed or aborted.</summary>
    public async Task RunAsync(CancellationToken aborted)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var writing = _writer.RunAsync(lifetime.Token);
        using var initTimeout = new CancellationTokenSource(_services.Options.ConnectionInitTimeout);
        using var onInitTimeout = initTimeout.Token.Register(CloseUnlessInitialised);
        using var onStopping = _services.Stopping.Register(() => _writer.Close(CloseReason.GoingAway));
        using var watch = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        var watching = WatchAuthorizationAsync(watch.Token);
        try
        {
            var receiving = ReceiveAsync(lifetime.Token);
            if (await Task.WhenAny(receiving, _writer.Closing, writing) != receiving)
            {
                // The server closes (or the writer failed): the client has the close timeout to answer the close frame.
                lifetime.CancelAfter(_services.Options.CloseTimeout);
            }

            await receiving;
        }
        finally
        {
            // The watch ends with the socket: no check runs for a socket that is gone.
            await watch.CancelAsync();
            await watching;
            await ShutDownAsync(writing, lifetime);
        }
    }

    /// <summary>Every <see cref="GraphQLWebSocketOptions.AuthorizationCheckInterval"/>, an accepted socket the init handler no longer accepts is closed with 4403.</summary>
    private async Task WatchAuthorizationAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!_writer.Closing.IsCompleted)
            {
                await Task.Delay(_services.Options.AuthorizationCheckInterval, cancellationToken);
                if (_protocol.Accepted is { } accepted && await accepted.RefusalAsync(cancellationToken) is { } refusal)
                {
                    _writer.Close(refusal);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The socket is closing.
        }
        catch (Exception e)
        {
            // A failing check must not take the socket down silently; the next operation asks again.
            _services.Logger.AuthorizationCheckFailed(e);
        }
    }

    private void CloseUnlessInitialised()
    {
        if (!_protocol.InitReceived)
        {
            _writer.Close(CloseReason.ConnectionInitialisationTimeout);
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var received = await _receiver.ReceiveAsync(cancellationToken);
                if (received.IsClose)
                {
                    _writer.Close(CloseReason.NormalClosure);
                    return;
                }

                if (!_writer.IsClosing)
                {
                    await HandleAsync(received, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client vanished, the request was aborted, or the close handshake timed out.
            _services.Logger.SocketEnded(e.Message);
        }
        catch (Exception e)
        {
            _services.Logger.HandlerCrashed(e);
            _writer.Close(CloseReason.InternalServerError);
        }
    }

    private async Task HandleAsync(ReceivedMessage received, CancellationToken cancellationToken)
    {
        try
        {
            if (received.Refusal is not null)
            {
                _writer.Close(received.Refusal);
                return;
            }

            var (message, refusal) = _services.Reader.Read(received.Data);
            if (refusal is not null)
            {
                _writer.Close(refusal);
                return;
            }

            await _protocol.HandleAsync(message!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _services.Logger.HandlerCrashed(e);
            _writer.Close(CloseReason.InternalServerError);
        }
    }

    private async Task ShutDownAsync(Task writing, CancellationTokenSource lifetime)
    {
        var operations = _protocol.CancelAll();
        _writer.Close(CloseReason.NormalClosure);
        lifetime.CancelAfter(_services.Options.CloseTimeout);
        try
        {
            await writing;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            _services.Logger.SocketEnded(e.Message);
        }
        catch (Exception e)
        {
            _services.Logger.WriterCrashed(e);
        }

        if (_socket.State != WebSocketState.Closed)
        {
            _socket.Abort();
        }

        await WaitForExecutionsAsync(operations);
        var reason = await _writer.Closing;
        if (reason == CloseReason.SlowConsumer)
        {
            _services.Logger.SlowConsumer(_services.Options.SendQueueLength);
        }
        else
        {
            _services.Logger.Closed(reason.Code, reason.Description);
        }
    }

    /// <summary>Cancelled executions return quickly; one that does not is left to finish on its own.</summary>
    private async Task WaitForExecutionsAsync(List<Operation> operations)
    {
        try
        {
            await Task.WhenAll(operations.Select(o => o.Execution)).WaitAsync(_services.Options.CloseTimeout);
        }
        catch (TimeoutException)
        {
            _services.Logger.ExecutionsOutlived(_services.Options.CloseTimeout);
        }
    }
}

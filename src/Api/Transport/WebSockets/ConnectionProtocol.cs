using System.Collections.Concurrent;
using GraphQL.Transport;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// The protocol state of one socket (initialised, acknowledged, the operations running under their ids)
/// and the answer to each valid client message. Called by the socket's receive loop, one message at a time.
/// </summary>
public sealed class ConnectionProtocol(WebSocketConnectionContext context, GraphQLWebSocketServices services, SocketWriter writer)
{
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private int _initReceived;
    private AcceptedConnection? _accepted;

    /// <summary>Read by the init timeout, on another thread.</summary>
    public bool InitReceived => Volatile.Read(ref _initReceived) != 0;

    /// <summary>Set when <c>connection_ack</c> is sent; read by the periodic check, on another thread.</summary>
    public AcceptedConnection? Accepted => Volatile.Read(ref _accepted);

    public async Task HandleAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        switch (message.Type)
        {
            case GraphQLTransportWs.ConnectionInit:
                await InitialiseAsync(message, cancellationToken);
                break;
            case GraphQLTransportWs.Ping:
                writer.TrySend(Messages.Pong(message.Payload));
                break;
            case GraphQLTransportWs.Subscribe:
                Subscribe(message.Id!, message.Request!, cancellationToken);
                break;
            case GraphQLTransportWs.Complete:
                if (_operations.TryGetValue(message.Id!, out var operation))
                {
                    operation.Cancel();
                }

                break;
            default:
                // pong: a heartbeat needs no answer.
                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) != 0)
        {
            writer.Close(CloseReason.TooManyInitialisationRequests);
            return;
        }

        context.InitPayload = message.Payload;
        switch (await services.InitHandler.DecideAsync(context, cancellationToken))
        {
            case ConnectionInitResult.Accepted accepted:
                Volatile.Write(ref _accepted, new AcceptedConnection(context, accepted.Caller, services.InitHandler));
                writer.TrySend(Messages.ConnectionAck(accepted.AckPayload));
                break;
            case ConnectionInitResult.Refused refused:
                writer.Close(refused.Reason);
                break;
        }
    }

    private void Subscribe(string id, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (Accepted is not { } accepted)
        {
            writer.Close(CloseReason.Unauthorized);
            return;
        }

        if (_operations.ContainsKey(id))
        {
            writer.Close(CloseReason.SubscriberAlreadyExists(id));
            return;
        }

        var operation = new Operation(id, _operations, services.Scopes, services.Logger, cancellationToken);
        _operations[id] = operation;
        operation.Execution = Task.Run(() => services.Executor.RunAsync(operation, request, accepted, writer), CancellationToken.None);
    }

    /// <summary>Cancels every running operation (disposing its stream) and returns them, to wait for their executions.</summary>
    public List<Operation> CancelAll()
    {
        var operations = _operations.Values.ToList();
        foreach (var operation in operations)
        {
            operation.Cancel();
        }

        return operations;
    }
}

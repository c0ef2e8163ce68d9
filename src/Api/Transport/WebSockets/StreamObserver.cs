using GraphQL;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Forwards a subscription's results to the socket's queue. Runs on the producer's side, so it only
/// enqueues: a slow socket never holds up the event source or other subscribers.
/// </summary>
public sealed class StreamObserver(Operation operation, SocketWriter writer) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value)
    {
        if (!operation.IsCancelled)
        {
            writer.TrySend(Messages.Next(operation.Id, value), operation);
        }
    }

    /// <summary>The protocol's <c>error</c> ends the operation; no <c>complete</c> follows it.</summary>
    public void OnError(Exception error)
    {
        if (!operation.IsCancelled)
        {
            var executionError = error as ExecutionError ?? new ExecutionError("The event stream failed.", error);
            writer.TrySend(Messages.Error(operation.Id, [executionError]), operation);
        }

        operation.TryEnd();
    }

    public void OnCompleted()
    {
        if (!operation.IsCancelled)
        {
            writer.TrySend(Messages.Complete(operation.Id), operation);
        }

        operation.TryEnd();
    }
}

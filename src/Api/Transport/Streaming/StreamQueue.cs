using System.Threading.Channels;
using GraphQL;
using PartyOrg.Api.Changes;

namespace PartyOrg.Api.Transport.Streaming;

/// <summary>What a queued stream entry is: a result, a failure of the stream, or its end.</summary>
public enum StreamItemKind
{
    Next,
    Error,
    Complete,
}

/// <summary>One entry of a stream's queue: the result and the id of its event.</summary>
public sealed record StreamItem(StreamItemKind Kind, ExecutionResult? Result = null, StreamEventId? Id = null);

/// <summary>Runs on the event source's side, so it only enqueues; a full queue ends the response.</summary>
public sealed class StreamQueueObserver(ChannelWriter<StreamItem> queue, StreamPositions positions) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value)
    {
        if (!queue.TryWrite(new StreamItem(StreamItemKind.Next, value, positions.Next())))
        {
            queue.TryComplete();
        }
    }

    public void OnError(Exception error)
    {
        var executionError = error as ExecutionError ?? new ExecutionError("The event stream failed.", error);
        End(new StreamItem(StreamItemKind.Error, new ExecutionResult { Errors = [executionError] }));
    }

    public void OnCompleted() => End(new StreamItem(StreamItemKind.Complete));

    private void End(StreamItem last)
    {
        if (!queue.TryWrite(last))
        {
            queue.TryComplete();
        }
    }
}

using PartyOrg.Api.Querying;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Changes;

/// <summary>
/// One subscription's reader of the change log. It keeps only a cursor: whenever the feed wakes it
/// (and at least every poll interval) it reads <c>Position &gt; cursor ORDER BY Position</c> in
/// batches through its filter and hands each batch on, so a resumed subscription gets exactly the
/// events after its position, then the live ones, without a gap or a duplicate at the seam. It holds
/// at most one batch in memory, however far behind it is.
/// </summary>
public sealed class ChangePump : IDisposable
{
    private readonly ChangeFeed _feed;
    private readonly ChangeLogReader _reader;
    private readonly ChangeFilter _filter;
    private readonly ChangeFeedOptions _options;
    private readonly Action<IReadOnlyList<ChangeEvent>> _deliver;
    private readonly Action<Exception> _fail;
    private readonly WakeSignal _signal = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly IDisposable _registration;
    private long _cursor;
    private int _disposed;

    /// <param name="cursor">The position after which events are delivered.</param>
    /// <param name="deliver">Receives each batch, in position order, one call at a time.</param>
    /// <param name="fail">Receives the failure that ended the pump (the log could not be read).</param>
    public ChangePump(ChangeFeed feed, ChangeLogReader reader, ChangeFilter filter, long cursor, ChangeFeedOptions options,
        Action<IReadOnlyList<ChangeEvent>> deliver, Action<Exception> fail)
    {
        _feed = feed;
        _reader = reader;
        _filter = filter;
        _cursor = cursor;
        _options = options;
        _deliver = deliver;
        _fail = fail;
        _registration = feed.Register(_signal, () => Cursor, filter, Passed);
        Completion = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>The position of the last event delivered, or beyond it once the log up to there was found to hold nothing more for this filter.</summary>
    public long Cursor => Interlocked.Read(ref _cursor);

    /// <summary>Completes when the pump has stopped: disposed, or failed.</summary>
    public Task Completion { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _registration.Dispose();
        _stop.Cancel();
        _stop.Dispose();
    }

    /// <summary>The feed found nothing for this filter in (from, to]: once the cursor has reached <paramref name="from"/>, it stands at <paramref name="to"/>.</summary>
    private void Passed(long from, long to)
    {
        // A drain running meanwhile only moves the cursor to a delivered event beyond to (none in the range passes the
        // filter) or to the latest position it read up to; both are compared, never overwritten with a smaller value here.
        var cursor = Cursor;
        while (cursor >= from && cursor < to)
        {
            var seen = Interlocked.CompareExchange(ref _cursor, to, cursor);
            if (seen == cursor)
            {
                return;
            }

            cursor = seen;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var due = true;
            while (true)
            {
                if (due || Cursor < _feed.Latest)
                {
                    due = !await TryDrainAsync(cancellationToken);
                }

                await _signal.WaitAsync(_options.PollInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                _fail(e);
            }
        }
        finally
        {
            _registration.Dispose();
            _signal.Dispose();
        }
    }

    /// <summary>
    /// Drains the log; false when the database could not be reached. The cursor never passes an undelivered event,
    /// so the pump tries again at the next wake-up or poll and the subscriber resumes without a gap once it is back.
    /// </summary>
    private async Task<bool> TryDrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DrainAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            // Read before the query: everything up to it is committed, so a short batch proves that no
            // matching event at or below it is left, and the cursor may move up to it.
            var latest = _feed.Latest;
            var batch = await _reader.ReadLiveAfterAsync(Cursor, _filter, _options.BatchSize, latest, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (batch.Count > 0)
            {
                _deliver(batch);
                Interlocked.Exchange(ref _cursor, batch[^1].Position);
            }

            if (batch.Count < _options.BatchSize)
            {
                Interlocked.Exchange(ref _cursor, Math.Max(Cursor, latest));
                return;
            }
        }
    }
}

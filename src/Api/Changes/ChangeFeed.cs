using System.Diagnostics.Metrics;
using PartyOrg.Api.Telemetry;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Changes;

/// <summary>
/// The instance's view of the change log: the latest position known to be committed, and the
/// subscriptions to wake when it moves. It never holds events; each subscription reads them from
/// the log itself, from its own cursor. Local commits advance it directly; Redis messages and the
/// periodic poll only ask for the head to be read again (<see cref="RefreshRequested"/>), since the
/// database, not a message, is the source of truth.
/// </summary>
/// <remarks>
/// With the log at hand, a move is dispatched by one loop: it reads the new events once (from the
/// log's in-memory tail, the read the first woken reader would make anyway) and wakes only the
/// readers whose filter takes one of them; the others learn that they have passed the range. With
/// thousands of subscriptions in narrow scopes that is a few wake-ups per commit instead of all.
/// When the events cannot be had (the tail does not reach back, the database does not answer) every
/// reader is woken, as without the log: a wake-up only decides when a reader looks, never what it finds.
/// </remarks>
public sealed class ChangeFeed : IChangeListener, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WakeSignal, Reader> _subscribers = [];
    private readonly ChangeLogReader? _log;
    private readonly WakeSignal _moved = new();
    private readonly CancellationTokenSource _stop = new();
    private long _latest;
    private long _refreshRequests;
    private long _dispatched;
    private long _woken;
    private long _spared;
    private int _disposed;

    /// <param name="meters">When given, the feed reports its lag as the gauge <c>party.changes.lag</c>.</param>
    /// <param name="log">When given, each move wakes only the readers it concerns; without it, every reader.</param>
    public ChangeFeed(IMeterFactory? meters = null, ChangeLogReader? log = null)
    {
        meters?.Create(ApiTelemetry.Name).CreateObservableGauge("party.changes.lag", () => Lag, "{position}",
            "Change-log positions between the head this instance knows and the slowest subscription's reader (0 without subscriptions).");
        _log = log;
        if (log is not null)
        {
            _ = Task.Run(() => DispatchAsync(log, _stop.Token));
        }
    }

    /// <summary>Latest committed position this instance knows of; every position up to it is committed and readable.</summary>
    public long Latest => Interlocked.Read(ref _latest);

    /// <summary>Set when someone asks for the log head to be read again; the poller waits on it.</summary>
    public WakeSignal RefreshRequested { get; } = new();

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Positions are handed out in commit order, so a committed position implies every earlier one is committed too.</summary>
    public void Advance(long committed)
    {
        var seen = Interlocked.Read(ref _latest);
        while (committed > seen)
        {
            var previous = Interlocked.CompareExchange(ref _latest, committed, seen);
            if (previous == seen)
            {
                if (_log is null)
                {
                    Wake(null, seen, committed);
                }
                else
                {
                    _moved.Set();
                }

                return;
            }

            seen = previous;
        }
    }

    /// <summary>How far the slowest registered reader is behind <see cref="Latest"/>, in positions; 0 without readers.</summary>
    public long Lag
    {
        get
        {
            Reader[] readers;
            lock (_gate)
            {
                readers = [.. _subscribers.Values];
            }

            var latest = Latest;
            return readers.Length == 0 ? 0 : Math.Max(0, latest - readers.Min(reader => reader.Cursor()));
        }
    }

    /// <summary>The position up to which moves have been turned into wake-ups (only with the log at hand).</summary>
    public long Dispatched => Interlocked.Read(ref _dispatched);

    /// <summary>Wake-ups given to readers since the start.</summary>
    public long Woken => Interlocked.Read(ref _woken);

    /// <summary>Wake-ups not given because none of a move's events passed the reader's filter.</summary>
    public long Spared => Interlocked.Read(ref _spared);

    /// <summary>How many times someone asked for the head to be read again (Redis messages, reconnects).</summary>
    public long RefreshRequests => Interlocked.Read(ref _refreshRequests);

    /// <summary>Another instance committed something (or may have): read the head again soon.</summary>
    public void RequestRefresh()
    {
        Interlocked.Increment(ref _refreshRequests);
        RefreshRequested.Set();
    }

    /// <summary>Called by the change runner right after a commit on this instance; never throws.</summary>
    public void OnCommitted(IReadOnlyList<ChangeEvent> events)
    {
        if (events.Count > 0)
        {
            Advance(events.Max(e => e.Position));
        }
    }

    /// <summary>Wakes <paramref name="signal"/> whenever the latest position moves, until the registration is disposed.</summary>
    /// <param name="cursor">The position the reader has reached, for <see cref="Lag"/>.</param>
    /// <param name="filter">The events the reader wants; when given, a move none of whose events it takes does not wake it.</param>
    /// <param name="passed">
    /// Told (from, to) when a move over the positions (from, to] held nothing for <paramref name="filter"/>: a reader that had
    /// reached <c>from</c> may count itself at <c>to</c>.
    /// </param>
    public IDisposable Register(WakeSignal signal, Func<long> cursor, ChangeFilter? filter = null, Action<long, long>? passed = null)
    {
        lock (_gate)
        {
            _subscribers[signal] = new Reader(signal, cursor, filter, passed);
        }

        return new Registration(this, signal);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // The dispatch loop ends with the token; the signal and the source are left to the collector, since a late
        // Advance may still set the one and the loop may still be looking at the other.
        _stop.Cancel();
        RefreshRequested.Dispose();
    }

    /// <summary>The loop that turns moves of the latest position into wake-ups, one range of events at a time.</summary>
    private async Task DispatchAsync(ChangeLogReader log, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await _moved.WaitAsync(Timeout.InfiniteTimeSpan, cancellationToken);
                var from = Dispatched;
                var to = Latest;
                if (to <= from)
                {
                    continue;
                }

                IReadOnlyList<ChangeEvent>? events = null;
                if (SubscriberCount > 0)
                {
                    try
                    {
                        events = await log.TryReadTailAsync(from, to, cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        // Without the events every reader is woken and reads the log itself (and meets the failure there).
                    }
                }

                Wake(events, from, to);
                Interlocked.Exchange(ref _dispatched, to);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Wakes the readers that <paramref name="events"/> (the whole of (from, to]) concern, or every reader when they are not known.</summary>
    private void Wake(IReadOnlyList<ChangeEvent>? events, long from, long to)
    {
        Reader[] readers;
        lock (_gate)
        {
            readers = [.. _subscribers.Values];
        }

        long woken = 0, spared = 0;
        foreach (var reader in readers)
        {
            if (events is null || reader.Filter is null || reader.Wants(events))
            {
                reader.Signal.Set();
                woken++;
            }
            else
            {
                reader.Passed?.Invoke(from, to);
                spared++;
            }
        }

        Interlocked.Add(ref _woken, woken);
        Interlocked.Add(ref _spared, spared);
    }

    private sealed record Reader(WakeSignal Signal, Func<long> Cursor, ChangeFilter? Filter, Action<long, long>? Passed)
    {
        public bool Wants(IReadOnlyList<ChangeEvent> events)
        {
            foreach (var change in events)
            {
                if (Filter!.Matches(change))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class Registration(ChangeFeed feed, WakeSignal signal) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._subscribers.Remove(signal);
            }
        }
    }
}

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
public sealed class ChangeFeed : IChangeListener, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WakeSignal, Func<long>> _subscribers = [];
    private long _latest;
    private long _refreshRequests;

    /// <param name="meters">When given, the feed reports its lag as the gauge <c>party.changes.lag</c>.</param>
    public ChangeFeed(IMeterFactory? meters = null)
    {
        meters?.Create(ApiTelemetry.Name).CreateObservableGauge("party.changes.lag", () => Lag, "{position}",
            "Change-log positions between the head this instance knows and the slowest subscription's reader (0 without subscriptions).");
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
                WakeAll();
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
            Func<long>[] cursors;
            lock (_gate)
            {
                cursors = [.. _subscribers.Values];
            }

            var latest = Latest;
            return cursors.Length == 0 ? 0 : Math.Max(0, latest - cursors.Min(cursor => cursor()));
        }
    }

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
    public IDisposable Register(WakeSignal signal, Func<long> cursor)
    {
        lock (_gate)
        {
            _subscribers[signal] = cursor;
        }

        return new Registration(this, signal);
    }

    public void Dispose() => RefreshRequested.Dispose();

    private void WakeAll()
    {
        WakeSignal[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers.Keys];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Set();
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

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
    private readonly HashSet<WakeSignal> _subscribers = [];
    private long _latest;
    private long _refreshRequests;

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
    public IDisposable Register(WakeSignal signal)
    {
        lock (_gate)
        {
            _subscribers.Add(signal);
        }

        return new Registration(this, signal);
    }

    public void Dispose() => RefreshRequested.Dispose();

    private void WakeAll()
    {
        WakeSignal[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
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

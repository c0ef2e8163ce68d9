using PartyOrg.Api.Security;

namespace PartyOrg.Api.Limits;

/// <summary>
/// The execution timeout without a timer per request. Requests that start within one slot (a sixteenth of the
/// timeout, at most a second) share one cancellation, which fires once the slot's last request has had the whole
/// timeout: a request is cancelled after at least the timeout and at most one slot more. A timer per request cost
/// two contended locks on the runtime's timer queue for every request, one to start it and one to stop it.
/// </summary>
public sealed class ExecutionDeadlines
{
    private static readonly TimeSpan LongestSlot = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _timeout;
    private readonly TimeSpan _slot;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private Slot? _current;

    public ExecutionDeadlines(SecurityOptions security, TimeProvider clock)
    {
        _timeout = security.Limits.ExecutionTimeout;
        _slot = TimeSpan.FromTicks(Math.Clamp(_timeout.Ticks / 16, 1, LongestSlot.Ticks));
        _clock = clock;
    }

    /// <summary>The timeout this service enforces.</summary>
    public TimeSpan Timeout => _timeout;

    /// <summary>A token cancelled no sooner than the timeout from now, and at most one slot later.</summary>
    public CancellationToken Start()
    {
        var now = _clock.GetTimestamp();
        var slot = Volatile.Read(ref _current);
        if (slot is not null && now < slot.Ends)
        {
            return slot.Token;
        }

        lock (_gate)
        {
            slot = _current;
            if (slot is null || now >= slot.Ends)
            {
                // The slot's cancellation is never disposed: it fires once, and a request may still hold its token.
                var source = new CancellationTokenSource(_timeout + _slot, _clock);
                slot = new Slot(now + (long)(_slot.TotalSeconds * _clock.TimestampFrequency), source.Token);
                Volatile.Write(ref _current, slot);
            }

            return slot.Token;
        }
    }

    private sealed record Slot(long Ends, CancellationToken Token);
}

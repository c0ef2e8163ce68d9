using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Querying;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Changes.Statistics;

/// <summary>
/// Turns a subscriber's events into statistics updates: an event touches every division whose subtree
/// holds its village (or, for a transfer, the village it left). A touched division is sent at once if it
/// was not sent within the interval, otherwise once when the interval is over, with the rollup read at
/// that moment; so a burst of changes costs one update per division and interval, and the last one is
/// never lost. It keeps one flag per watched division, never the events.
/// </summary>
public sealed class StatisticsCoalescer : IDisposable
{
    private readonly IReadOnlyList<WatchedDivision> _divisions;
    private readonly TimeSpan _interval;
    private readonly IDbContextFactory<PartyDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly IObserver<object?> _observer;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _touched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _sent = new(StringComparer.Ordinal);
    private readonly WakeSignal _signal = new();
    private long _lastPosition;
    private readonly CancellationTokenSource _stop = new();
    private int _disposed;

    public StatisticsCoalescer(
        IReadOnlyList<WatchedDivision> divisions, TimeSpan interval, IDbContextFactory<PartyDbContext> contexts, TimeProvider clock, IObserver<object?> observer,
        long after)
    {
        _divisions = divisions;
        _lastPosition = after;
        _interval = interval;
        _contexts = contexts;
        _clock = clock;
        _observer = observer;
        Completion = Task.Run(() => RunAsync(_stop.Token));
    }

    public Task Completion { get; }

    /// <summary>Marks the watched divisions the events touch; called by the pump, one batch at a time.</summary>
    public void Add(IReadOnlyList<ChangeEvent> batch)
    {
        var touched = false;
        lock (_gate)
        {
            foreach (var change in batch)
            {
                _lastPosition = Math.Max(_lastPosition, change.Position);
                foreach (var division in _divisions.Where(d => ChangeFilter.Touches(change, d.Prefix)))
                {
                    _touched[division.Code] = change.Position;
                    touched = true;
                }
            }
        }

        if (touched)
        {
            _signal.Set();
        }
    }

    /// <summary>
    /// A release was made: every watched division is sent again, since the protected figures that roles below
    /// organizer read changed for all of them at once; the update names the last event seen, as none caused it.
    /// </summary>
    public void Released()
    {
        lock (_gate)
        {
            foreach (var division in _divisions)
            {
                _touched[division.Code] = _lastPosition;
            }
        }

        _signal.Set();
    }

    /// <summary>The log could not be read: the stream ends with the error.</summary>
    public void Fail(Exception error)
    {
        lock (_gate)
        {
            if (_disposed == 0)
            {
                _observer.OnError(error);
            }
        }

        Dispose();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }
        }

        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var wait = Timeout.InfiniteTimeSpan;
            while (true)
            {
                await _signal.WaitAsync(wait, cancellationToken);
                wait = await SendDueAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }
        finally
        {
            _signal.Dispose();
        }
    }

    /// <summary>Sends every touched division whose interval is over; returns how long until the next one is due.</summary>
    private async Task<TimeSpan> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var due = new List<(WatchedDivision Division, long Position)>();
        var next = Timeout.InfiniteTimeSpan;
        lock (_gate)
        {
            foreach (var division in _divisions)
            {
                if (!_touched.TryGetValue(division.Code, out var position))
                {
                    continue;
                }

                var readyAt = _sent.TryGetValue(division.Code, out var sent) ? sent + _interval : now;
                if (readyAt <= now)
                {
                    due.Add((division, position));
                    _touched.Remove(division.Code);
                }
                else if (next == Timeout.InfiniteTimeSpan || readyAt - now < next)
                {
                    next = readyAt - now;
                }
            }
        }

        if (due.Count == 0)
        {
            return next;
        }

        // In log order, so a reader that resumes after the last position it received misses no earlier update.
        due.Sort((x, y) => x.Position.CompareTo(y.Position));
        var rollups = await ReadRollupsAsync([.. due.Select(d => d.Division.Code)], cancellationToken);
        lock (_gate)
        {
            foreach (var (division, position) in due)
            {
                _sent[division.Code] = now;
                if (_disposed == 0)
                {
                    var stats = rollups.GetValueOrDefault(division.Code) ?? new DivisionRollup { Code = division.Code };
                    _observer.OnNext(new DivisionStatisticsChanged(division.Division, stats, position));
                }
            }
        }

        return next;
    }

    private async Task<Dictionary<string, DivisionRollup>> ReadRollupsAsync(List<string> codes, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.DivisionRollups.AsNoTracking().Where(KeyPredicates.In<DivisionRollup, string>(r => r.Code, codes))
            .ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
    }
}

using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Changes;

/// <summary>
/// The newest part of the change log, held in memory so that live subscribers read it from here:
/// one statement per commit for all of them instead of one per subscriber. It always holds every
/// event of a contiguous range of positions (start, end], so a reader whose cursor lies in that range
/// sees exactly what the log holds; a reader further behind goes to the database.
/// </summary>
public sealed class ChangeLogTail(Func<long, int, CancellationToken, Task<List<ChangeEvent>>> readAfter, int capacity) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Window _window = new([], -1, -1);

    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="cursor"/> that pass the filter, once
    /// the tail holds everything up to <paramref name="latest"/>; null when the cursor lies before the tail.
    /// </summary>
    public async Task<List<ChangeEvent>?> ReadAfterAsync(long cursor, ChangeFilter filter, int limit, long latest, CancellationToken cancellationToken)
    {
        var window = await CoverAsync(latest, cancellationToken);
        if (window.Start < 0 || cursor < window.Start)
        {
            return null;
        }

        var events = window.Events;
        var first = FirstAfter(events, cursor);
        var result = new List<ChangeEvent>(Math.Min(limit, events.Length - first));
        for (var i = first; i < events.Length && result.Count < limit; i++)
        {
            if (filter.Matches(events[i]))
            {
                result.Add(events[i]);
            }
        }

        return result;
    }

    /// <summary>Every event in the positions (<paramref name="from"/>, <paramref name="to"/>], or null when the tail does not reach back to <paramref name="from"/>.</summary>
    public async Task<List<ChangeEvent>?> ReadRangeAsync(long from, long to, CancellationToken cancellationToken)
    {
        var window = await CoverAsync(to, cancellationToken);
        if (window.Start < 0 || from < window.Start)
        {
            return null;
        }

        var events = window.Events;
        var result = new List<ChangeEvent>();
        for (var i = FirstAfter(events, from); i < events.Length && events[i].Position <= to; i++)
        {
            result.Add(events[i]);
        }

        return result;
    }

    public void Dispose() => _gate.Dispose();

    private async Task<Window> CoverAsync(long latest, CancellationToken cancellationToken)
    {
        var window = Volatile.Read(ref _window);
        if (window.End >= latest)
        {
            return window;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            window = _window;
            if (window.Start < 0)
            {
                // The tail starts empty at the current head: older events are read from the database.
                window = new Window([], latest, latest);
                Volatile.Write(ref _window, window);
                return window;
            }

            var end = window.End;
            var added = new List<ChangeEvent>();
            while (end < latest)
            {
                var batch = await readAfter(end, capacity, cancellationToken);
                added.AddRange(batch);
                end = batch.Count < capacity ? Math.Max(latest, batch.Count > 0 ? batch[^1].Position : end) : batch[^1].Position;
            }

            var events = window.Events.Concat(added).ToArray();
            var start = window.Start;
            if (events.Length > capacity)
            {
                start = events[events.Length - capacity - 1].Position;
                events = events[^capacity..];
            }

            var covered = new Window(events, start, end);
            Volatile.Write(ref _window, covered);
            return covered;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static int FirstAfter(ChangeEvent[] events, long cursor)
    {
        int low = 0, high = events.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (events[middle].Position <= cursor)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Every event with a position in (Start, End], in order; Start is -1 until the tail is first used.</summary>
    private sealed record Window(ChangeEvent[] Events, long Start, long End);
}

using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Changes.Statistics;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Changes;

/// <summary>Opens the event streams of the subscriptions: each subscriber gets a pump of its own over the log.</summary>
public sealed class ChangeStreams(
    ChangeFeed feed, ChangeLogReader reader, ChangeFeedOptions options, IDbContextFactory<PartyDbContext> contexts,
    StatisticsReleaser releaser, TimeProvider clock, ILogger<ChangeStreams> logger)
{
    public ChangeLogReader Log => reader;

    /// <summary>
    /// The events after <paramref name="after"/> that pass <paramref name="filter"/>: first those in the log, then live ones.
    /// <paramref name="positions"/>, when given, learns the position of each event as it is handed on.
    /// </summary>
    public IObservable<object?> Events(ChangeFilter filter, long after, StreamPositions? positions = null) =>
        new Stream(observer => Pump(filter, after, batch =>
        {
            foreach (var change in batch)
            {
                positions?.Sent(StreamEventId.Of(change.Position));
                observer.OnNext(change);
            }
        }, observer.OnError));

    /// <summary>
    /// Fresh statistics of the divisions after <paramref name="after"/>, whenever an event touches them, at most once per node per
    /// interval, and all of them again when this instance makes a release.
    /// </summary>
    public IObservable<object?> Statistics(IReadOnlyList<WatchedDivision> divisions, long after, StreamPositions? positions = null) =>
        new Stream(observer =>
        {
            var coalescer = new StatisticsCoalescer(divisions, options.StatisticsCoalesceInterval, contexts, clock, positions is null ? observer : new Named(observer, positions), after);
            var pump = Pump(new ChangeFilter([.. divisions.Select(d => d.Prefix)], null), after, coalescer.Add, coalescer.Fail);
            void OnReleased(object? sender, ReleasedEventArgs e) => coalescer.Released();
            releaser.Released += OnReleased;
            return new Both(pump, new Unsubscribe(() => releaser.Released -= OnReleased, coalescer));
        });

    /// <summary>A pump delivering to <paramref name="deliver"/>; a failure to read the log is logged and passed to <paramref name="fail"/>.</summary>
    public ChangePump Pump(ChangeFilter filter, long after, Action<IReadOnlyList<ChangeEvent>> deliver, Action<Exception> fail) =>
        new(feed, reader, filter, after, options, deliver, e =>
        {
            logger.PumpFailed(e);
            fail(e);
        });

    /// <summary>A cold observable: each subscriber starts its own pump, disposed when it unsubscribes.</summary>
    private sealed class Stream(Func<IObserver<object?>, IDisposable> subscribe) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer) => subscribe(observer);
    }

    /// <summary>Stops listening for releases before the coalescer goes.</summary>
    private sealed class Unsubscribe(Action unsubscribe, IDisposable then) : IDisposable
    {
        public void Dispose()
        {
            unsubscribe();
            then.Dispose();
        }
    }

    /// <summary>Names each statistics update by the last event that moved it and its division.</summary>
    private sealed class Named(IObserver<object?> inner, StreamPositions positions) : IObserver<object?>
    {
        public void OnNext(object? value)
        {
            if (value is DivisionStatisticsChanged update)
            {
                positions.Sent(new StreamEventId(update.Position, $"{StreamEventId.Of(update.Position).Text}.{update.Division.Code}"));
            }

            inner.OnNext(value);
        }

        public void OnError(Exception error) => inner.OnError(error);

        public void OnCompleted() => inner.OnCompleted();
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}

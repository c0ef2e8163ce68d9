using System.Diagnostics;
using PartyOrg.Benchmarks.Hosting;

namespace PartyOrg.Benchmarks.Measuring;

/// <summary>Latencies of requests one after another, with what the server's probes saw during each.</summary>
public sealed record SequentialSample(IReadOnlyList<double> Milliseconds, IReadOnlyList<ProbeReading> Probes)
{
    public double Median => Stats.Median(Milliseconds);

    public double P95 => Stats.P95(Milliseconds);

    /// <summary>The median of one probe value per request, in milliseconds.</summary>
    public double MedianOf(Func<ProbeReading, TimeSpan> value) => Stats.Median(Probes.Select(p => value(p).TotalMilliseconds));
}

/// <summary>Completed requests of concurrent workers over a fixed time, and their latencies.</summary>
public sealed record LoadSample(int Workers, int Completed, TimeSpan Elapsed, IReadOnlyList<double> Milliseconds)
{
    public double PerSecond => Completed / Elapsed.TotalSeconds;

    public double Median => Stats.Median(Milliseconds);

    public double P95 => Stats.P95(Milliseconds);
}

public static class Runs
{
    /// <summary>The fewest timed calls a series makes, however slow they are.</summary>
    public const int MinimumTimed = 10;

    /// <summary>
    /// Up to <paramref name="warmup"/> untimed calls, then up to <paramref name="count"/> timed ones; probes are read
    /// around each. A slow query stops early to keep the run bounded: warm-ups after a quarter of
    /// <paramref name="budget"/>, timed calls after the whole of it, but never before <see cref="MinimumTimed"/> of them.
    /// </summary>
    public static async Task<SequentialSample> SequentialAsync(
        Func<CancellationToken, Task> call, int warmup, int count, TimeSpan budget, ServerProbes? probes, CancellationToken cancellationToken)
    {
        var warmupStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmup && (i == 0 || Stopwatch.GetElapsedTime(warmupStart) < budget / 4); i++)
        {
            await call(cancellationToken);
        }

        var milliseconds = new List<double>(count);
        var readings = new List<ProbeReading>(probes is null ? 0 : count);
        var seriesStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < count && (i < MinimumTimed || Stopwatch.GetElapsedTime(seriesStart) < budget); i++)
        {
            var before = probes?.Read();
            var start = Stopwatch.GetTimestamp();
            await call(cancellationToken);
            milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (probes is not null)
            {
                readings.Add(probes.Read() - before!.Value);
            }
        }

        return new SequentialSample(milliseconds, readings);
    }

    /// <summary>
    /// <paramref name="workers"/> loops calling as fast as their answers come back; none starts a call after
    /// <paramref name="duration"/>. Every call is counted, and the rate is over the time until the last one ended.
    /// </summary>
    public static async Task<LoadSample> ConcurrentAsync(
        Func<int, CancellationToken, Task> call, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        // One untimed call per worker, so connections are open and statements prepared before the clock runs.
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => call(w, cancellationToken)));

        var perWorker = new List<double>[workers];
        var start = Stopwatch.GetTimestamp();
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var mine = perWorker[worker] = [];
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                var callStart = Stopwatch.GetTimestamp();
                await call(worker, cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(callStart).TotalMilliseconds);
            }
        }, cancellationToken));
        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);

        var all = perWorker.SelectMany(w => w).ToList();
        return new LoadSample(workers, all.Count, elapsed, all);
    }
}

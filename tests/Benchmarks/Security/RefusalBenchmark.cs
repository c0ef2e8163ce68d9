using System.Diagnostics;
using PartyOrg.Benchmarks.Measuring;
using PartyOrg.Benchmarks.Reporting;

namespace PartyOrg.Benchmarks.Security;

public sealed record RefusalResult(Hostile Request, Reply First, IReadOnlyList<double> Times, int AsExpected);

public sealed record LoadResult(string Name, int Requests, int Workers, TimeSpan Elapsed, IReadOnlyList<double> Times, IReadOnlyDictionary<int, int> Statuses)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// How fast hostile requests are refused: each sent once (the first answer, whose code and extensions are printed),
/// then <c>repeats</c> times one after another; and the throughput of 401s for keys the service never issued.
/// </summary>
public static class RefusalBenchmark
{
    public const int Repeats = 50;

    public static async Task<IReadOnlyList<RefusalResult>> RunAsync(SecurityClient client, Uri endpoint, IReadOnlyList<Hostile> requests, CancellationToken cancellationToken)
    {
        var results = new List<RefusalResult>();
        foreach (var request in requests)
        {
            var first = await client.SendAsync(endpoint, request.Body, request.Key, cancellationToken);
            var times = new List<double>(Repeats);
            var asExpected = 0;
            for (var i = 0; i < Repeats; i++)
            {
                var reply = await client.SendAsync(endpoint, request.Body, request.Key, cancellationToken);
                times.Add(reply.Milliseconds);
                asExpected += reply.Status == request.ExpectedStatus && (request.ExpectedCode.Length == 0 || reply.ErrorCodes() is [var code, ..] && code == request.ExpectedCode) ? 1 : 0;
            }

            results.Add(new RefusalResult(request, first, times, asExpected));
        }

        return results;
    }

    /// <summary>
    /// <paramref name="keys"/>.Length requests from <paramref name="workers"/> concurrent workers, request i with key i
    /// (null: anonymous); every answer's status is counted.
    /// </summary>
    public static async Task<LoadResult> LoadAsync(
        string name, SecurityClient client, Uri endpoint, byte[] body, IReadOnlyList<string?> keys, int workers, CancellationToken cancellationToken)
    {
        var times = new double[keys.Count];
        var statuses = new int[keys.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < keys.Count)
            {
                var reply = await client.SendAsync(endpoint, body, keys[i], cancellationToken);
                times[i] = reply.Milliseconds;
                statuses[i] = reply.Status;
            }
        }));
        var elapsed = clock.Elapsed;
        return new LoadResult(name, keys.Count, workers, elapsed, times, statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()));
    }

    public static string Table(IReadOnlyList<RefusalResult> results)
    {
        var table = new TextTable("Request (anonymous unless noted)", "body", "answer", "detail", "as expected", "1st ms", "median ms", "max ms");
        foreach (var r in results)
        {
            var codes = r.First.ErrorCodes();
            var answer = $"{r.First.Status} {(codes.Count == 0 ? "" : codes[0])}".TrimEnd();
            var detail = r.First.Status == 200 ? "" : r.First.Detail();
            table.Add(r.Request.Name, HostileRequests.Size(r.Request.Body), answer, detail.Length > 70 ? detail[..67] + "..." : detail,
                $"{r.AsExpected}/{r.Times.Count}", ProtectionBenchmark.Ms(r.First.Milliseconds), ProtectionBenchmark.Ms(Stats.Median(r.Times)), ProtectionBenchmark.Ms(r.Times.Max()));
        }

        return table.ToString();
    }

    public static string LoadTable(IReadOnlyList<LoadResult> results)
    {
        var table = new TextTable("Concurrent load", "requests", "workers", "seconds", "requests/s", "median ms", "p95 ms", "statuses");
        foreach (var r in results)
        {
            table.Add(r.Name, $"{r.Requests:N0}", $"{r.Workers}", r.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
                $"{r.PerSecond:N0}", ProtectionBenchmark.Ms(Stats.Median(r.Times)), ProtectionBenchmark.Ms(Stats.P95(r.Times)),
                string.Join(", ", r.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}")));
        }

        return table.ToString();
    }
}

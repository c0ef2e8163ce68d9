using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Reporting;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>
/// <c>--suite subscriptions</c>: many <c>changes</c> subscribers over graphql-transport-ws while mutations
/// commit at a steady rate, on one instance and on two instances sharing one SQLite file through Redis.
/// Loopback only; every scenario is bounded in time.
/// </summary>
public static class SubscriptionSuite
{
    public static readonly ScenarioSettings Settings = new(
        Subscribers: 1000, MutationsPerSecond: 20, MutationWindow: TimeSpan.FromSeconds(20), Drain: TimeSpan.FromSeconds(15), ConnectParallelism: 32);

    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = LoadAverage();
        output.WriteLine("Seeding a demo-scale database …");
        using var database = await DemoDatabase.CreateAsync(cancellationToken);
        var catalogue = await database.ReadCatalogueAsync(cancellationToken);
        var scenario = new SubscriptionScenario(catalogue, Settings, output);
        var results = new List<ScenarioResult>();

        await using (var single = new BenchmarkHost(new(database.FilePath)))
        {
            single.StartServer();
            results.Add(await scenario.RunAsync("1 instance", single, single, cancellationToken));
        }

        using (var redis = await RedisProcess.StartAsync(cancellationToken))
        {
            var channel = "party-org:changes:bench-" + Guid.NewGuid().ToString("N");
            KeyValuePair<string, string>[] settings = [new("Changes:Redis", redis.ConnectionString), new("Changes:RedisChannel", channel)];
            await using var a = new BenchmarkHost(new(database.FilePath) { Settings = settings });
            await using var b = new BenchmarkHost(new(database.FilePath) { Settings = settings });
            a.StartServer();
            b.StartServer();
            await WaitForRedisAsync(a, b, redis, cancellationToken);
            results.Add(await scenario.RunAsync("2 instances + Redis (subscribe A, mutate B)", a, b, cancellationToken));
        }

        Write(output, results, catalogue, scenario, database, loadAtStart);
        output.WriteLine($"Total run time {total.Elapsed.TotalSeconds:0} s.");
        return results.All(r => r.Delivered == r.Expected && r.Misdelivered == 0 && r.Duplicates == 0) ? 0 : 1;
    }

    /// <summary>Waits (at most 20 s) until both instances hold a link to the suite's redis-server.</summary>
    public static async Task WaitForRedisAsync(BenchmarkHost a, BenchmarkHost b, RedisProcess redis, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.StartNew();
        while (!(a.RedisConnected && b.RedisConnected))
        {
            if (wait.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException($"The instances did not connect to Redis at {redis.ConnectionString} within 20 s.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private static void Write(TextWriter output, List<ScenarioResult> results, Catalogue catalogue, SubscriptionScenario scenario, DemoDatabase database, string loadAtStart)
    {
        output.WriteLine();
        output.WriteLine("PartyOrg change subscriptions: graphql-transport-ws over loopback, changes(scope:) while recordMeeting commits");
        output.WriteLine($"Machine:  {Machine()}");
        output.WriteLine($"Load:     1-minute load average {loadAtStart} at start, {LoadAverage()} at the end");
        output.WriteLine($"Database: demo scale, generated in {database.Seeding.TotalSeconds:F1} s ({catalogue.Leagues.Count} leagues, {catalogue.Banners.Count} banners, {catalogue.Branches.Count} branches with members)");
        output.WriteLine($"Load:     {Settings.Subscribers} subscribers per scenario (10% region, 40% leagues in rotation, 50% banners: 4/5 of them banners of the {scenario.Targets.Count} mutated branches);");
        output.WriteLine($"          recordMeeting at {Settings.MutationsPerSecond}/s for {Settings.MutationWindow.TotalSeconds:0} s over {scenario.Targets.Count} branches (one per banner, leagues in rotation); drain up to {Settings.Drain.TotalSeconds:0} s");
        output.WriteLine("Latency:  receipt at the client − the event's committedAt (same clock: everything runs in this process)");
        output.WriteLine("Memory:   the whole process (server(s) AND the 1,000 client sockets), managed heap after a full GC / working set");
        output.WriteLine();

        var table = new TextTable(["", .. results.Select(r => r.Name)]);
        var rows = new List<string[]>
        {
            Row("Subscribers connected", results, r => $"{r.SubscribersConnected:N0} / {r.SubscribersWanted:N0}"),
            Row("Connect + ack + subscribe", results, r => $"{r.ConnectTime.TotalSeconds:F1} s"),
            Row("Mutations committed / sent", results, r => $"{r.MutationsCommitted} / {r.MutationsSent} in {r.MutationSpan.TotalSeconds:F1} s"),
            Row("Mutation response p50", results, r => $"{r.MutationP50Ms:F1} ms"),
            Row("Delivered / expected", results, r => $"{r.Delivered:N0} / {r.Expected:N0} ({(r.Expected == 0 ? 0 : 100.0 * r.Delivered / r.Expected):F2}%)"),
            Row("Duplicates, out of scope", results, r => $"{r.Duplicates}, {r.Misdelivered}"),
            Row("Commit→delivery p50", results, r => $"{r.LatencyP50Ms:F1} ms"),
            Row("Commit→delivery p99", results, r => $"{r.LatencyP99Ms:F1} ms"),
            Row("Commit→delivery max", results, r => $"{r.LatencyMaxMs:F1} ms"),
            Row("Events delivered per second", results, r => $"{r.DeliveredPerSecond:N0}/s over {r.DeliverySpan.TotalSeconds:F1} s"),
            Row("Managed heap before/subscribed/after", results, r => $"{Mb(r.Before.ManagedBytes)} / {Mb(r.Subscribed.ManagedBytes)} / {Mb(r.After.ManagedBytes)} MB"),
            Row("Working set before/subscribed/after", results, r => $"{Mb(r.Before.WorkingSetBytes)} / {Mb(r.Subscribed.WorkingSetBytes)} / {Mb(r.After.WorkingSetBytes)} MB"),
            Row("Heap per subscriber (idle)", results, r => r.SubscribersConnected == 0 ? "-" : $"{(r.Subscribed.ManagedBytes - r.Before.ManagedBytes) / 1024.0 / r.SubscribersConnected:F1} KB"),
            Row("Subscribers with a problem", results, r => r.SubscribersWithProblems == 0 ? "0" : $"{r.SubscribersWithProblems}: {r.FirstProblem}"),
        };
        rows.ForEach(r => table.Add(r));
        output.Write(table.ToString());
        foreach (var r in results.Where(r => r.ConnectFailure is not null))
        {
            output.WriteLine($"{r.Name}: connect failures: {r.ConnectFailure}");
        }

        var failures = SubscriptionScenario.Failures.Take(3).ToList();
        if (failures.Count > 0)
        {
            output.WriteLine($"Mutations that did not commit ({SubscriptionScenario.Failures.Count}), first: {string.Join(" | ", failures)}");
        }

        output.WriteLine();
    }

    private static string[] Row(string label, List<ScenarioResult> results, Func<ScenarioResult, string> cell) => [label, .. results.Select(cell)];

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var configuration = typeof(SubscriptionSuite).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration;
        return $"{Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}, {RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {configuration} build";
    }
}

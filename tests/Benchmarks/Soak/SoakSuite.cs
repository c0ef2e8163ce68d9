using System.Diagnostics;
using System.Globalization;
using PartyOrg.Benchmarks.Reporting;
using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Soak;

/// <summary>
/// <c>--suite soak</c>: two API processes on one PostgreSQL database and one Redis under mixed load for
/// <c>--minutes</c> (10): dashboard and drill-down queries, mutations at 20/s, 1,000 <c>changes</c> subscribers
/// (half on each instance). Reports errors, delivered/expected, p99 and each instance's working set per minute.
/// </summary>
public static class SoakSuite
{
    public const int Subscribers = 1000;
    public const double MutationsPerSecond = 20;
    public const double QueriesPerSecond = 5;
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var loadAtStart = SubscriptionSuite.LoadAverage();
        output.WriteLine($"Creating a PostgreSQL database on {options.Postgres.Split(";Password", 2)[0]} …");
        await using var database = await SoakDatabase.CreateAsync(options.Postgres, cancellationToken);
        using var redis = await RedisProcess.StartAsync(cancellationToken);
        KeyValuePair<string, string>[] settings =
        [
            new("ASPNETCORE_ENVIRONMENT", "Production"),
            new("Database:Provider", "PostgreSQL"),
            new("Database:ConnectionString", database.ConnectionString),
            new("Changes:Redis", redis.ConnectionString),
            new("Changes:RedisChannel", "party-org:changes:soak-" + Guid.NewGuid().ToString("N")),
            new("Security:RateLimits:Enabled", "false"),
            new("Security:Limits:MaxTypeCost", "1000000000000000"),
            new("Security:Limits:MaxFieldCost", "1000000000000000"),
            new("Webhooks:Deliver", "false"),
            new("WebSockets:ConnectionInitTimeoutSeconds", "30"),
            new("Logging:LogLevel:Default", "Warning"),
        ];

        output.WriteLine("Migrating and seeding it (demo scale) with 'keys create' …");
        var seeding = Stopwatch.StartNew();
        var key = (await SoakInstance.RunCommandAsync(["keys", "create", "--role", "admin", "--scope", "150000"], settings, cancellationToken))[^1];
        seeding.Stop();
        var catalogue = await database.ReadCatalogueAsync(cancellationToken);
        var plan = new SubscriptionScenario(catalogue, SubscriptionSuite.Settings, output);

        using var a = await SoakInstance.StartAsync(settings, cancellationToken);
        using var b = await SoakInstance.StartAsync(settings, cancellationToken);
        SoakInstance[] instances = [a, b];
        var subscribers = plan.Scopes(Subscribers).Select(s => new Subscriber(s.Scope, s.Prefix, key)).ToList();
        var connectFailures = 0;
        try
        {
            output.WriteLine($"Connecting {Subscribers} subscribers (half on each instance) …");
            using (var gate = new SemaphoreSlim(32))
            {
                var failed = await Task.WhenAll(subscribers.Select(async (s, i) =>
                {
                    await gate.WaitAsync(cancellationToken);
                    try
                    {
                        await s.ConnectAndSubscribeAsync(instances[i % 2].WebSocketAddress, cancellationToken);
                        return null;
                    }
                    catch (Exception e) when (e is InvalidOperationException or System.Net.WebSockets.WebSocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        return $"{e.GetType().Name}: {e.Message}";
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
                connectFailures = failed.Count(f => f is not null);
                output.WriteLine($"{Subscribers - connectFailures} connected; {connectFailures} failed{(connectFailures == 0 ? "" : $", first: {failed.First(f => f is not null)}")}");
            }

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            output.WriteLine($"Load for {options.SoakMinutes} min: mutations {MutationsPerSecond}/s, dashboard {QueriesPerSecond}/s, drill-down {QueriesPerSecond}/s …");
            using var load = new SoakLoad(instances, key, catalogue, plan.Targets);
            var clock = Stopwatch.StartNew();
            var memory = new List<(long A, long B)>();
            var sampling = SampleEachMinuteAsync(instances, memory, options.SoakMinutes, clock, cancellationToken);
            await load.RunAsync(TimeSpan.FromMinutes(options.SoakMinutes), MutationsPerSecond, QueriesPerSecond, clock, cancellationToken);
            await sampling;

            var requests = load.Requests.ToList();
            var committed = requests.Where(r => r.Kind == "mutation" && r.Error is null).ToList();
            var listening = subscribers.Where(s => s.Connected).ToList();
            var expected = committed.Sum(m => (long)listening.Count(s => m.VillageCode!.StartsWith(s.Prefix, StringComparison.Ordinal)));
            var drain = Stopwatch.StartNew();
            while (subscribers.Sum(s => (long)s.Received) < expected && drain.Elapsed < Drain)
            {
                await Task.Delay(200, cancellationToken);
            }

            var report = new SoakReport(requests, memory, expected, subscribers.Sum(s => (long)s.Received), subscribers.Sum(s => s.Duplicates),
                subscribers.Count(s => s.Problem is not null) + connectFailures, subscribers.FirstOrDefault(s => s.Problem is not null)?.Problem);
            report.Write(output, options.SoakMinutes, seeding.Elapsed, loadAtStart, SubscriptionSuite.LoadAverage());
            return report.Errors == 0 && report.Delivered == expected && report.Duplicates == 0 ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(subscribers.Select(s => s.DisposeAsync().AsTask()));
            foreach (var instance in instances.Where(i => i.Errors().Length > 0))
            {
                output.WriteLine($"Instance on port {instance.Port} wrote to stderr: {instance.Errors()[..Math.Min(2000, instance.Errors().Length)]}");
            }
        }
    }

    /// <summary>Each instance's working set at the end of every minute of load.</summary>
    private static async Task SampleEachMinuteAsync(SoakInstance[] instances, List<(long A, long B)> memory, int minutes, Stopwatch clock, CancellationToken cancellationToken)
    {
        for (var minute = 1; minute <= minutes; minute++)
        {
            var wait = TimeSpan.FromMinutes(minute) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            memory.Add((instances[0].WorkingSet(), instances[1].WorkingSet()));
        }
    }
}

/// <summary>The soak's figures and how they compare with the goals.</summary>
public sealed record SoakReport(List<SoakRequest> Requests, List<(long A, long B)> Memory, long Expected, long Delivered, int Duplicates, int SubscribersWithProblems, string? FirstProblem)
{
    public int Errors => Requests.Count(r => r.Error is not null) + SubscribersWithProblems;

    public void Write(TextWriter output, int minutes, TimeSpan seeding, string loadAtStart, string loadAtEnd)
    {
        output.WriteLine();
        output.WriteLine("PartyOrg soak: 2 API processes on one PostgreSQL database (demo scale) and one Redis, loopback");
        output.WriteLine($"Load average (1 min): {loadAtStart} at start, {loadAtEnd} at the end; seeding took {seeding.TotalSeconds:F0} s");
        output.WriteLine($"Requests: {Requests.Count:N0} ({Requests.Count(r => r.Kind == "mutation"):N0} mutations, {Requests.Count(r => r.Kind == "dashboard"):N0} dashboard, {Requests.Count(r => r.Kind == "drill-down"):N0} drill-down)");
        output.WriteLine($"Errors: {Errors} (goal 0){(Errors == 0 ? "" : $"; first: {Requests.FirstOrDefault(r => r.Error is not null)?.Error ?? FirstProblem}")}");
        output.WriteLine($"Delivered / expected: {Delivered:N0} / {Expected:N0} = {(Expected == 0 ? 0 : (double)Delivered / Expected):F2} (goal 1.00); duplicates {Duplicates}");

        var table = new TextTable(["minute", "requests", "errors", "p50 ms", "p99 ms", "working set A MB", "working set B MB"]);
        var p99 = new List<double>();
        for (var minute = 0; minute < minutes; minute++)
        {
            var latencies = Requests.Where(r => r.Minute == minute).Select(r => r.Milliseconds).Order().ToList();
            p99.Add(Percentile(latencies, 0.99));
            var (a, b) = minute < Memory.Count ? Memory[minute] : (0, 0);
            table.Add([(minute + 1).ToString(CultureInfo.InvariantCulture), latencies.Count.ToString(CultureInfo.InvariantCulture),
                Requests.Count(r => r.Minute == minute && r.Error is not null).ToString(CultureInfo.InvariantCulture),
                Percentile(latencies, 0.5).ToString("F1", CultureInfo.InvariantCulture), p99[^1].ToString("F1", CultureInfo.InvariantCulture), Mb(a), Mb(b)]);
        }

        output.Write(table.ToString());
        if (minutes >= 3 && Memory.Count >= minutes)
        {
            var p99Ratio = p99[^1] / p99[1];
            var growthA = (double)Memory[^1].A / Memory[1].A - 1;
            var growthB = (double)Memory[^1].B / Memory[1].B - 1;
            output.WriteLine($"p99 last minute / second minute: {p99Ratio:F2} (goal ≤ 1.5: {(p99Ratio <= 1.5 ? "met" : "not met")})");
            output.WriteLine($"Working set growth from minute 2 (after warm-up) to the last: A {growthA:P1}, B {growthB:P1} (goal < 10%: {(Math.Max(growthA, growthB) < 0.10 ? "met" : "not met")})");
        }

        output.WriteLine();
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

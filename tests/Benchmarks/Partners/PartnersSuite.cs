using System.Diagnostics;
using System.Globalization;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Reporting;
using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Partners;

/// <summary>
/// <c>--suite partners</c>: the scale goal of "Partners without a socket". (1) <c>--subscribers</c> (10,000) changes
/// subscribers, WebSocket and SSE in turn, over two instances sharing the SQLite file and a redis-server of our own,
/// while recordMeeting commits at 20/s for <c>--seconds</c> (60) on one of them; (2) <c>--webhooks</c> (100) webhooks to
/// a local receiver at the same rate, then again with the receiver answering 503 for the whole window. Loopback only;
/// every wait is bounded.
/// </summary>
public static class PartnersSuite
{
    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = BenchmarkApp.LoadAverage();
        var settings = new ScenarioSettings(
            Subscribers: options.Subscribers ?? 10_000, MutationsPerSecond: 20, MutationWindow: options.SecondsOr(60), Drain: TimeSpan.FromSeconds(30), ConnectParallelism: 32);
        var webhooks = options.Webhooks ?? 100;
        output.WriteLine("Seeding a demo-scale database …");
        using var database = await DemoDatabase.CreateAsync(cancellationToken);
        var catalogue = await database.ReadCatalogueAsync(cancellationToken);
        var scenario = new SubscriptionScenario(catalogue, settings, output);

        MixedResult mixed;
        string loadAfterMixed;
        using (var redis = await RedisProcess.StartAsync(cancellationToken))
        {
            KeyValuePair<string, string>[] shared = [new("Changes:Redis", redis.ConnectionString), new("Changes:RedisChannel", "party-org:changes:bench-" + Guid.NewGuid().ToString("N"))];
            await using var a = new BenchmarkHost(new(database.FilePath) { Settings = shared });
            await using var b = new BenchmarkHost(new(database.FilePath) { Settings = shared });
            a.StartServer();
            b.StartServer();
            await SubscriptionSuite.WaitForRedisAsync(a, b, redis, cancellationToken);
            mixed = await new MixedSubscribers(scenario, settings, database, output).RunAsync(a, b, cancellationToken);
            loadAfterMixed = BenchmarkApp.LoadAverage();
        }

        List<WebhookPhase> phases;
        KeyValuePair<string, string>[] webhookSettings = [new("Webhooks:AllowPrivateTargets", "true"), new("Webhooks:RequireHttps", "false")];
        await using (var host = new BenchmarkHost(new(database.FilePath) { Settings = webhookSettings }))
        {
            host.StartServer();
            phases = await new WebhookScenario(scenario, settings, webhooks, database, output).RunAsync(host, cancellationToken);
        }

        Write(output, settings, webhooks, catalogue, scenario, database, mixed, phases, [loadAtStart, loadAfterMixed, BenchmarkApp.LoadAverage()]);
        output.WriteLine($"Total run time {total.Elapsed.TotalSeconds:0} s.");
        var complete = mixed.Delivered == mixed.Expected && mixed.Duplicates == 0 && mixed.Misdelivered == 0
            && phases.All(p => p.Delivered == p.Expected && p.OutOfOrder == 0 && p.Duplicates == 0 && p.Misdelivered == 0);
        return complete ? 0 : 1;
    }

    private static void Write(
        TextWriter output, ScenarioSettings settings, int webhooks, Catalogue catalogue, SubscriptionScenario scenario, DemoDatabase database,
        MixedResult mixed, List<WebhookPhase> phases, string[] loads)
    {
        output.WriteLine();
        output.WriteLine("PartyOrg partners: changes subscribers over WebSocket and SSE on two instances with Redis; webhooks to a local receiver");
        output.WriteLine($"Machine:  {BenchmarkApp.Machine()}");
        output.WriteLine($"Load:     1-minute load average {loads[0]} at start, {loads[1]} after the subscribers, {loads[2]} at the end");
        output.WriteLine($"Commit:   {Commit()}");
        output.WriteLine($"Database: demo scale, generated in {database.Seeding.TotalSeconds:F1} s ({catalogue.Leagues.Count} leagues, {catalogue.Banners.Count} banners, {catalogue.Branches.Count} branches with members)");
        output.WriteLine($"Load:     recordMeeting at {settings.MutationsPerSecond}/s for {settings.MutationWindow.TotalSeconds:0} s over {scenario.Targets.Count} branches (one per banner, leagues in rotation)");
        output.WriteLine("Scopes:   10% region, 40% leagues in rotation, 50% banners (4/5 of them banners of mutated branches), for subscribers and webhooks alike");
        output.WriteLine("Latency:  receipt − the event's committedAt, one machine's clock");
        output.WriteLine();

        var idle = Math.Max(1, mixed.Connect.Connected);
        var table = new TextTable("Subscribers (WebSocket and SSE in turn; A and B in turn; mutations on A)", "value");
        table.Add("Subscribers connected", $"{mixed.Connect.Connected:N0} / {mixed.Wanted:N0} in {mixed.Connect.Seconds:F1} s");
        table.Add("Mutations answered committed / sent; events in the log", $"{mixed.Committed:N0} / {mixed.Mutations.Count:N0}; {mixed.Logged:N0}");
        table.Add("Delivered / expected", $"{mixed.Delivered:N0} / {mixed.Expected:N0} = {(mixed.Expected == 0 ? 0 : (double)mixed.Delivered / mixed.Expected):F4}");
        table.Add("Duplicates, out of scope", $"{mixed.Duplicates}, {mixed.Misdelivered}");
        foreach (var l in mixed.Latencies)
        {
            table.Add($"Commit→delivery p50 / p99 / max ({l.Transport}, {l.Count:N0} events)", $"{l.P50:F0} / {l.P99:F0} / {l.Max:F0} ms");
        }

        table.Add("Events delivered per second", $"{mixed.Delivered / Math.Max(0.001, mixed.DeliveryWindow.TotalSeconds):N0}/s over {mixed.DeliveryWindow.TotalSeconds:F1} s");
        table.Add("Servers' managed heap before / subscribed / after", $"{Mb(mixed.ServerBefore.ManagedBytes)} / {Mb(mixed.ServerSubscribed.ManagedBytes)} / {Mb(mixed.ServerAfter.ManagedBytes)} MB");
        table.Add("Servers' working set before / subscribed / after", $"{Mb(mixed.ServerBefore.WorkingSetBytes)} / {Mb(mixed.ServerSubscribed.WorkingSetBytes)} / {Mb(mixed.ServerAfter.WorkingSetBytes)} MB");
        table.Add("Per idle subscriber, servers: heap / working set", $"{Kb(mixed.ServerSubscribed.ManagedBytes - mixed.ServerBefore.ManagedBytes, idle)} / {Kb(mixed.ServerSubscribed.WorkingSetBytes - mixed.ServerBefore.WorkingSetBytes, idle)} KB");
        table.Add("Client process (not in the above): heap / working set", $"{Mb(mixed.Connect.ManagedBytes)} / {Mb(mixed.Connect.WorkingSetBytes)} MB");
        table.Add("Subscribers with a problem", mixed.WithProblems == 0 ? "0" : $"{mixed.WithProblems}: {mixed.FirstProblem}");
        output.Write(table.ToString());
        output.WriteLine();

        var hooks = new TextTable([$"Webhooks ({webhooks}, one instance)", .. phases.Select(p => p.Name)]);
        hooks.Add(["Events committed", .. phases.Select(p => p.Committed.ToString("N0", CultureInfo.InvariantCulture))]);
        hooks.Add(["Delivered (2xx) / expected", .. phases.Select(p => $"{p.Delivered:N0} / {p.Expected:N0} = {(p.Expected == 0 ? 0 : (double)p.Delivered / p.Expected):F4}")]);
        hooks.Add(["Out of order, duplicates after 2xx, out of scope", .. phases.Select(p => $"{p.OutOfOrder}, {p.Duplicates}, {p.Misdelivered}")]);
        hooks.Add(["Attempts answered 503", .. phases.Select(p => p.Refused.ToString("N0", CultureInfo.InvariantCulture))]);
        hooks.Add(["Commit→receipt p50 / p99 / max", .. phases.Select(p => $"{p.P50Ms:F0} / {p.P99Ms:F0} / {p.MaxMs:F0} ms")]);
        hooks.Add(["Receiver back → last event delivered", .. phases.Select(p => p.CatchUp is { } c ? $"{c.TotalSeconds:F1} s" : "-")]);
        hooks.Add(["Webhooks still behind at the end", .. phases.Select(p => p.WebhooksBehind.ToString(CultureInfo.InvariantCulture))]);
        output.Write(hooks.ToString());
        output.WriteLine();
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

    private static string Kb(long bytes, int count) => (bytes / 1024.0 / count).ToString("F1", CultureInfo.InvariantCulture);

    private static string Commit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            var text = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit(5000);
            return string.IsNullOrEmpty(text) ? "unknown" : text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found)";
        }
    }
}

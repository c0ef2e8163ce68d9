using System.Diagnostics;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Partners;

/// <summary>What the mixed-subscriber run measured.</summary>
public sealed record MixedResult(
    int Wanted, ConnectedReport Connect, MemoryReading ServerBefore, MemoryReading ServerSubscribed, MemoryReading ServerAfter,
    IReadOnlyList<SubscriptionScenario.Mutation> Mutations, long Expected, long Delivered, int Duplicates, int Misdelivered,
    int WithProblems, string? FirstProblem, IReadOnlyList<LatencySummary> Latencies, TimeSpan DeliveryWindow, int Logged)
{
    public int Committed => Mutations.Count(m => m.Committed);
}

/// <summary>
/// Subscribers over WebSocket and SSE in turn, spread over two instances that share the database and Redis, all in a
/// child process (<see cref="ClientProcess"/>); <c>recordMeeting</c> commits on the first instance at the scenario's rate.
/// The scopes and the mutated branches are those of <c>--suite subscriptions</c>.
/// </summary>
public sealed class MixedSubscribers(SubscriptionScenario scenario, ScenarioSettings settings, DemoDatabase database, TextWriter log)
{
    public async Task<MixedResult> RunAsync(BenchmarkHost a, BenchmarkHost b, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", a.AdminKey);
        await scenario.WarmUpAsync(http, a.Endpoint, b, cancellationToken);

        var hosts = new[] { a, b };
        var specs = scenario.Scopes(settings.Subscribers).Select((s, i) =>
        {
            // Transports alternate, and every second pair goes to the other instance: each instance serves both.
            var host = hosts[i / 2 % 2];
            return i % 2 == 0
                ? new ClientSpec(ClientSpec.WebSocket, host.WebSocketAddress.ToString(), s.Scope, s.Prefix)
                : new ClientSpec(ClientSpec.EventStream, host.Endpoint.ToString(), s.Scope, s.Prefix);
        }).ToList();

        var before = MemoryReading.Take();
        using var clients = ClientProcess.Start();
        log.WriteLine($"[mixed] connecting {specs.Count:N0} subscribers (WebSocket and SSE in turn, instances A and B) from a child process …");
        var connect = await clients.ConnectAsync(new ClientPlan(a.AdminKey, settings.ConnectParallelism, specs), cancellationToken);
        if (connect.Failure is not null)
        {
            log.WriteLine($"[mixed] {connect.Failure}");
        }

        // The server resolves each subscription (scope, log head) after it arrives; let it settle before reading memory.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var subscribed = MemoryReading.Take();
        log.WriteLine($"[mixed] {connect.Connected:N0} subscribed in {connect.Seconds:F1} s; recordMeeting at {settings.MutationsPerSecond}/s for {settings.MutationWindow.TotalSeconds:0} s on A …");

        var head = await database.HeadAsync(cancellationToken);
        var window = Stopwatch.StartNew();
        var mutations = await scenario.MutateAsync(http, a.Endpoint, cancellationToken);
        // Expected from the log itself: a mutation whose answer timed out may have committed all the same.
        var villages = await database.VillagesAfterAsync(head, cancellationToken);
        await DrainAsync(clients, specs, villages, cancellationToken);
        var deliveryWindow = window.Elapsed;
        var after = MemoryReading.Take();
        var final = await clients.FinishAsync(cancellationToken);
        var expected = Expected(specs, final.Subscribers.Select(t => t.Index), villages);
        var problems = final.Subscribers.Where(t => t.Problem is not null).ToList();
        return new MixedResult(
            settings.Subscribers, connect, before, subscribed, after, mutations, expected, final.Subscribers.Sum(t => (long)t.Received),
            final.Subscribers.Sum(t => t.Duplicates), final.Subscribers.Sum(t => t.Misdelivered), problems.Count, problems.FirstOrDefault()?.Problem,
            final.Latencies, deliveryWindow, villages.Count);
    }

    /// <summary>Waits until every expected delivery arrived or the drain time is up.</summary>
    private async Task DrainAsync(ClientProcess clients, List<ClientSpec> specs, List<string> villages, CancellationToken cancellationToken)
    {
        // Connected subscribers are not known before the final report; all of them is the most that can be expected.
        var most = Expected(specs, Enumerable.Range(0, specs.Count), villages);
        var drain = Stopwatch.StartNew();
        while (await clients.CountAsync(cancellationToken) < most && drain.Elapsed < settings.Drain)
        {
            await Task.Delay(250, cancellationToken);
        }
    }

    private static long Expected(List<ClientSpec> specs, IEnumerable<int> connected, List<string> villages)
    {
        var prefixes = connected.Select(i => specs[i].Prefix).GroupBy(p => p).Select(g => (Prefix: g.Key, Count: g.Count())).ToList();
        return villages.Sum(v => prefixes.Where(p => v.StartsWith(p.Prefix, StringComparison.Ordinal)).Sum(p => (long)p.Count));
    }
}

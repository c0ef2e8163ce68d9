using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Partners;

/// <summary>One phase of the webhook run: what was expected and delivered, in which order, how fast.</summary>
public sealed record WebhookPhase(
    string Name, int Committed, long Expected, long Delivered, int OutOfOrder, int Duplicates, int Misdelivered, int Refused,
    double P50Ms, double P99Ms, double MaxMs, TimeSpan? CatchUp, int WebhooksBehind);

/// <summary>
/// Webhooks with the scopes of the subscribers (10% region, 40% leagues, 50% banners) on one instance, POSTing to
/// <see cref="WebhookSink"/>, while <c>recordMeeting</c> commits at the scenario's rate: a steady phase, then one where the
/// sink answers 503 for the whole mutation window and comes back after it.
/// </summary>
public sealed class WebhookScenario(SubscriptionScenario scenario, ScenarioSettings settings, int webhooks, DemoDatabase database, TextWriter log)
{
    private const string Create =
        "mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } errors { __typename ... on Error { message } } } }";

    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position committedAt village { code } } }";

    private static readonly TimeSpan SteadyDrain = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(300);

    public async Task<List<WebhookPhase>> RunAsync(BenchmarkHost host, CancellationToken cancellationToken)
    {
        await using var sink = await WebhookSink.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.AdminKey);
        var prefixes = new List<string>();
        foreach (var (scope, prefix) in scenario.Scopes(webhooks))
        {
            await CreateAsync(http, host.Endpoint, sink.Url(prefixes.Count), scope, cancellationToken);
            prefixes.Add(prefix);
        }

        log.WriteLine($"[webhooks] {webhooks} webhooks registered; warming up …");
        await WarmUpAsync(http, host, sink, prefixes, cancellationToken);

        var phases = new List<WebhookPhase>();
        log.WriteLine($"[webhooks] steady: recordMeeting at {settings.MutationsPerSecond}/s for {settings.MutationWindow.TotalSeconds:0} s …");
        phases.Add(await PhaseAsync("steady", http, host, sink, prefixes, outage: false, cancellationToken));
        log.WriteLine($"[webhooks] outage: the receiver answers 503 for {settings.MutationWindow.TotalSeconds:0} s of mutations, then comes back …");
        phases.Add(await PhaseAsync("receiver down, then back", http, host, sink, prefixes, outage: true, cancellationToken));
        return phases;
    }

    private static async Task CreateAsync(HttpClient http, Uri endpoint, string url, string scope, CancellationToken cancellationToken)
    {
        var body = new { query = Create, variables = new { input = new { url, query = Changes, variables = JsonSerializer.Serialize(new { scope }) } } };
        using var response = await http.PostAsJsonAsync(endpoint, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var json = JsonDocument.Parse(text);
        if (json.RootElement.TryGetProperty("errors", out _) || json.RootElement.GetProperty("data").GetProperty("createWebhook").GetProperty("errors").ValueKind != JsonValueKind.Null)
        {
            throw new InvalidOperationException($"createWebhook was refused: {text}");
        }
    }

    /// <summary>A few events, until every webhook has had one (each runner started and its subscription runs).</summary>
    private async Task WarmUpAsync(HttpClient http, BenchmarkHost host, WebhookSink sink, List<string> prefixes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var covered = new HashSet<int>();
        for (var i = 0; covered.Count < prefixes.Count && clock.Elapsed < TimeSpan.FromSeconds(60); i++)
        {
            var target = scenario.Targets[i % scenario.Targets.Count];
            await SubscriptionScenario.SendMutationAsync(http, host.Endpoint, target, Stopwatch.GetTimestamp(), cancellationToken);
            await Task.Delay(50, cancellationToken);
            covered.UnionWith(sink.Receipts.Select(r => r.Webhook));
            if (i >= scenario.Targets.Count)
            {
                // Every target was mutated: webhooks of banners without a target never get an event.
                covered.UnionWith(Enumerable.Range(0, prefixes.Count).Where(w => !scenario.Targets.Any(t => t.VillageCode.StartsWith(prefixes[w], StringComparison.Ordinal))));
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
    }

    private async Task<WebhookPhase> PhaseAsync(string name, HttpClient http, BenchmarkHost host, WebhookSink sink, List<string> prefixes, bool outage, CancellationToken cancellationToken)
    {
        var start = DateTimeOffset.UtcNow;
        var head = await database.HeadAsync(cancellationToken);
        sink.Down = outage;
        var mutations = await scenario.MutateAsync(http, host.Endpoint, cancellationToken);
        sink.Down = false;
        var back = DateTimeOffset.UtcNow;
        var committed = mutations.Where(m => m.Committed).ToList();
        // Expected from the log itself: a mutation whose answer timed out may have committed all the same.
        var villages = await database.VillagesAfterAsync(head, cancellationToken);
        var expected = prefixes.Select(p => villages.Count(v => v.StartsWith(p, StringComparison.Ordinal))).ToList();
        var limit = outage ? CatchUpLimit : SteadyDrain;
        var drain = Stopwatch.StartNew();
        while (Delivered(sink, start).Sum(d => d.Value.Count) < expected.Sum() && drain.Elapsed < limit)
        {
            await Task.Delay(100, cancellationToken);
        }

        var receipts = sink.Receipts.Where(r => r.CommittedAt >= start).ToList();
        var delivered = Delivered(sink, start);
        var outOfOrder = 0;
        var duplicates = 0;
        var misdelivered = 0;
        var latencies = new List<double>();
        foreach (var byWebhook in receipts.Where(r => r.Status < 300).GroupBy(r => r.Webhook))
        {
            var last = long.MinValue;
            var seen = new HashSet<long>();
            foreach (var r in byWebhook)
            {
                outOfOrder += r.Position < last ? 1 : 0;
                last = Math.Max(last, r.Position);
                if (!seen.Add(r.Position))
                {
                    duplicates++;
                    continue;
                }

                misdelivered += r.VillageCode.StartsWith(prefixes[r.Webhook], StringComparison.Ordinal) ? 0 : 1;
                latencies.Add((r.ReceivedAt - r.CommittedAt).TotalMilliseconds);
            }
        }

        latencies.Sort();
        var lastDelivery = receipts.Where(r => r.Status < 300).Select(r => r.ReceivedAt).DefaultIfEmpty(back).Max();
        var behind = Enumerable.Range(0, prefixes.Count).Count(w => (delivered.TryGetValue(w, out var d) ? d.Count : 0) < expected[w]);
        return new WebhookPhase(
            name, committed.Count, expected.Sum(), delivered.Sum(d => d.Value.Count), outOfOrder, duplicates, misdelivered, receipts.Count(r => r.Status >= 300),
            SubscriptionScenario.Percentile(latencies, 0.5), SubscriptionScenario.Percentile(latencies, 0.99), latencies.Count == 0 ? double.NaN : latencies[^1],
            outage ? lastDelivery - back : null, behind);
    }

    /// <summary>The distinct positions answered 2xx per webhook, of events committed since <paramref name="since"/>.</summary>
    private static Dictionary<int, HashSet<long>> Delivered(WebhookSink sink, DateTimeOffset since) =>
        sink.Receipts.Where(r => r.Status < 300 && r.CommittedAt >= since).GroupBy(r => r.Webhook).ToDictionary(g => g.Key, g => g.Select(r => r.Position).ToHashSet());
}

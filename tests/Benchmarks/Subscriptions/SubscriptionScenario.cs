using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Benchmarks.Hosting;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>
/// Subscribers on one instance, a steady stream of <c>recordMeeting</c> mutations on another (or the
/// same) instance; counts deliveries against what each event's village makes expected.
/// </summary>
public sealed class SubscriptionScenario(Catalogue catalogue, ScenarioSettings settings, TextWriter log)
{
    private const string RecordMeeting =
        "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { heldOn } errors { __typename ... on Error { message } } } }";

    /// <summary>The branches mutated in turn: one per league in rotation, each in a different banner.</summary>
    public IReadOnlyList<TargetBranch> Targets { get; } = PickTargets(catalogue, 48);

    public async Task<ScenarioResult> RunAsync(string name, BenchmarkHost subscribeOn, BenchmarkHost mutateOn, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", mutateOn.AdminKey);
        var key = subscribeOn.AdminKey;
        var mutationEndpoint = new Uri(mutateOn.Address, "/graphql");

        // Warm-up: one region-wide subscriber sees a few mutations, so JIT and caches are not measured.
        await WarmUpAsync(http, mutationEndpoint, subscribeOn, cancellationToken);

        var before = MemoryReading.Take();
        var subscribers = Scopes(settings.Subscribers).Select(s => (ChangeSubscriber)new Subscriber(s.Scope, s.Prefix, key)).ToList();
        var connected = new List<ChangeSubscriber>();
        string? connectFailure = null;
        var connectClock = Stopwatch.StartNew();
        try
        {
            log.WriteLine($"[{name}] connecting {subscribers.Count} subscribers to {subscribeOn.WebSocketAddress} …");
            (connected, connectFailure) = await ConnectAllAsync(subscribers.Select(s => (s, subscribeOn.WebSocketAddress)), settings.ConnectParallelism, cancellationToken);
            connectClock.Stop();
            if (connectFailure is not null)
            {
                log.WriteLine($"[{name}] {connectFailure}");
            }

            // The server resolves each subscription (scope lookup, log head) after `subscribe` arrives; give it time to settle.
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var subscribed = MemoryReading.Take();

            log.WriteLine($"[{name}] {connected.Count} subscribed in {connectClock.Elapsed.TotalSeconds:F1} s; {settings.MutationsPerSecond}/s recordMeeting for {settings.MutationWindow.TotalSeconds:0} s on {mutateOn.Address} …");
            var window = Stopwatch.StartNew();
            var mutations = await MutateAsync(http, mutationEndpoint, cancellationToken);
            var committed = mutations.Where(m => m.Committed).ToList();
            var expected = committed.Sum(m => (long)connected.Count(s => m.VillageCode.StartsWith(s.Prefix, StringComparison.Ordinal)));

            // Drain: until every expected delivery arrived or the drain time is up.
            var drain = Stopwatch.StartNew();
            while (connected.Sum(s => (long)s.Received) < expected && drain.Elapsed < settings.Drain)
            {
                await Task.Delay(100, cancellationToken);
            }

            var after = MemoryReading.Take();
            var latencies = connected.SelectMany(s => { lock (s.Latencies) { return s.Latencies.ToList(); } }).Order().ToList();
            var delivered = connected.Sum(s => (long)s.Received);
            var mutationLatencies = committed.Select(m => m.Milliseconds).Order().ToList();
            var maxLatency = latencies.Count == 0 ? double.NaN : latencies[^1];
            var span = mutations.Count == 0 ? TimeSpan.Zero : mutations.Max(m => m.SentAt) - mutations.Min(m => m.SentAt);
            // From the first mutation sent until the drain saw the last expected delivery (polled every 100 ms) or gave up.
            var deliveryWindow = window.Elapsed;
            var problems = connected.Where(s => s.Problem is not null).ToList();
            return new ScenarioResult(
                name, settings.Subscribers, connected.Count, connectFailure, connectClock.Elapsed,
                mutations.Count, committed.Count, Percentile(mutationLatencies, 0.5), span,
                expected, delivered, connected.Sum(s => s.Duplicates), connected.Sum(s => s.Misdelivered),
                problems.Count, problems.FirstOrDefault()?.Problem,
                Percentile(latencies, 0.5), Percentile(latencies, 0.99), maxLatency,
                deliveryWindow.TotalSeconds > 0 ? delivered / deliveryWindow.TotalSeconds : 0, deliveryWindow,
                before, subscribed, after);
        }
        finally
        {
            await Task.WhenAll(subscribers.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Connects and subscribes every client, so many at a time; returns those that made it and the first failure.</summary>
    public static async Task<(List<ChangeSubscriber> Connected, string? Failure)> ConnectAllAsync(
        IEnumerable<(ChangeSubscriber Subscriber, Uri Endpoint)> clients, int parallelism, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(parallelism);
        var outcomes = await Task.WhenAll(clients.Select(async c =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                await c.Subscriber.ConnectAndSubscribeAsync(c.Endpoint, cancellationToken);
                return (c.Subscriber, Error: (Exception?)null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return (c.Subscriber, Error: e);
            }
            finally
            {
                gate.Release();
            }
        }));
        var failures = outcomes.Where(o => o.Error is not null).ToList();
        var failure = failures.Count == 0 ? null : $"{failures.Count} failed, first: {failures[0].Error!.GetType().Name}: {failures[0].Error!.Message}";
        return ([.. outcomes.Where(o => o.Error is null).Select(o => o.Subscriber)], failure);
    }

    /// <summary>One region-wide subscriber sees a few mutations, so JIT and caches are not measured.</summary>
    public async Task WarmUpAsync(HttpClient http, Uri endpoint, BenchmarkHost subscribeOn, CancellationToken cancellationToken)
    {
        await using var probe = new Subscriber(catalogue.Region, catalogue.Region[..2], subscribeOn.AdminKey);
        await probe.ConnectAndSubscribeAsync(subscribeOn.WebSocketAddress, cancellationToken);
        await Task.Delay(500, cancellationToken);
        for (var i = 0; i < 5; i++)
        {
            await SendMutationAsync(http, endpoint, Targets[i % Targets.Count], Stopwatch.GetTimestamp(), cancellationToken);
        }

        var clock = Stopwatch.StartNew();
        while (probe.Received < 5 && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50, cancellationToken);
        }

        if (probe.Received < 5)
        {
            throw new InvalidOperationException($"Warm-up: the probe subscriber received {probe.Received} of 5 events in 15 s ({probe.Problem ?? "no error"}); mutations not committed: {Failures.Count}, first: {Failures.FirstOrDefault() ?? "-"}.");
        }
    }

    /// <summary>recordMeeting at the settings' rate for their window, sent on schedule whatever the responses take.</summary>
    public async Task<List<Mutation>> MutateAsync(HttpClient http, Uri endpoint, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(1 / settings.MutationsPerSecond);
        var count = (int)Math.Round(settings.MutationWindow.TotalSeconds * settings.MutationsPerSecond);
        var inFlight = new List<Task<Mutation>>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            inFlight.Add(SendMutationAsync(http, endpoint, Targets[i % Targets.Count], Stopwatch.GetTimestamp(), cancellationToken));
        }

        return [.. await Task.WhenAll(inFlight)];
    }

    public static async Task<Mutation> SendMutationAsync(HttpClient http, Uri endpoint, TargetBranch branch, long start, CancellationToken cancellationToken)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var body = new
        {
            query = RecordMeeting,
            variables = new
            {
                input = new
                {
                    branchId = NodeId.Encode("Branch", branch.Id),
                    kind = "THEMED_PARTY_DAY",
                    heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    attendance = 1,
                },
            },
        };
        HttpResponseMessage? response = null;
        string text;
        try
        {
            response = await http.PostAsJsonAsync(endpoint, body, cancellationToken);
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            // Counted as not committed (it may have committed after all: then more arrives than expected, never less).
            Failures.Enqueue($"no answer: {e.GetType().Name}: {e.Message}");
            return new Mutation(branch.VillageCode, sentAt, Stopwatch.GetElapsedTime(start).TotalMilliseconds, Committed: false);
        }

        using var answered = response;
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var committed = false;
        if (response.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(text);
            committed = !json.RootElement.TryGetProperty("errors", out _)
                && json.RootElement.GetProperty("data").GetProperty("recordMeeting").GetProperty("errors").ValueKind == JsonValueKind.Null;
        }

        if (!committed)
        {
            Failures.Enqueue($"{(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        }

        return new Mutation(branch.VillageCode, sentAt, elapsed, committed);
    }

    /// <summary>Responses of mutations that did not commit, for the report.</summary>
    public static ConcurrentQueue<string> Failures { get; } = new();

    /// <summary>10% region-wide, 40% leagues (in rotation), 50% banners (mostly the mutated ones, some elsewhere).</summary>
    public IEnumerable<(string Scope, string Prefix)> Scopes(int count)
    {
        var targetBanners = Targets.Select(t => t.BannerCode).Distinct().ToList();
        var otherBanners = catalogue.Banners.Except(targetBanners).ToList();
        for (var i = 0; i < count; i++)
        {
            switch (i % 10)
            {
                case 0:
                    yield return (catalogue.Region, catalogue.Region[..2]);
                    break;
                case 1 or 2 or 3 or 4:
                    var league = catalogue.Leagues[(i / 10 * 4 + (i % 10) - 1) % catalogue.Leagues.Count];
                    yield return (league, league[..4]);
                    break;
                case 9 when otherBanners.Count > 0:
                    var other = otherBanners[i / 10 % otherBanners.Count];
                    yield return (other, other);
                    break;
                default:
                    var banner = targetBanners[(i / 10 * 4 + (i % 10) - 5) % targetBanners.Count];
                    yield return (banner, banner);
                    break;
            }
        }
    }

    private static List<TargetBranch> PickTargets(Catalogue catalogue, int count)
    {
        var byLeague = catalogue.Branches
            .GroupBy(b => b.BannerCode, (_, g) => g.First())
            .GroupBy(b => b.LeagueCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        var picked = new List<TargetBranch>();
        for (var round = 0; picked.Count < count && byLeague.Any(l => l.Count > round); round++)
        {
            picked.AddRange(byLeague.Where(l => l.Count > round).Select(l => l[round]));
        }

        return picked.Count == 0 ? throw new InvalidOperationException("The database holds no branch with members.") : picked.Take(count).ToList();
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public sealed record Mutation(string VillageCode, DateTimeOffset SentAt, double Milliseconds, bool Committed);
}

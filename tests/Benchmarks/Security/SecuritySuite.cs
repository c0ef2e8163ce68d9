using System.Diagnostics;
using System.Text.Json;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Subscriptions;
using PartyOrg.Domain.Security;

namespace PartyOrg.Benchmarks.Security;

/// <summary>
/// <c>--suite security</c>: what protection costs a normal request (admin with lifted limits against scoped keys and
/// anonymous callers under the default limits), how fast hostile requests are refused, the throughput of 401s for
/// keys never issued, and what the anonymous rate limit does to a burst. Demo scale, loopback HTTP, a few minutes.
/// </summary>
public static class SecuritySuite
{
    public const int DefaultWarmup = 200;
    public const int DefaultRequests = 1000;
    public const int RandomKeys = 12_000;
    public const int BurstRequests = 200;
    public const int AnonymousPerMinute = 60;

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = BenchmarkApp.LoadAverage();
        output.WriteLine("Seeding a demo-scale database …");
        using var database = await DemoDatabase.CreateAsync(cancellationToken);
        var catalogue = await database.ReadCatalogueAsync(cancellationToken);
        var banner = catalogue.Branches.GroupBy(b => b.BannerCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();

        await using var lifted = new BenchmarkHost(new(database.FilePath) { Probes = new ServerProbes() });
        await using var guarded = new BenchmarkHost(new(database.FilePath) { LiftLimits = false, Settings = [new("Security:RateLimits:Enabled", "false")] });
        if (!Start(lifted.StartServer, "limits lifted") || !Start(guarded.StartServer, "default limits"))
        {
            return 2;
        }

        using var client = new SecurityClient(options.Concurrency);
        var liftedEndpoint = lifted.Endpoint;
        var adminKey = lifted.AdminKey;
        var village = await VillageIdAsync(client, liftedEndpoint, adminKey, banner.Key, cancellationToken);
        var cases = Cases(liftedEndpoint, adminKey, guarded, catalogue.Region, banner.Key, village);
        var warmup = options.WarmupOr(DefaultWarmup);
        var requests = options.RequestsOr(DefaultRequests);
        var protection = await ProtectionBenchmark.RunAsync(client, cases, warmup, requests, output, cancellationToken);

        output.WriteLine($"Refusals: {RefusalBenchmark.Repeats + 1} of each hostile request …");
        var random = new Random(2026);
        var hostile = HostileRequests.All(HostileRequests.RandomKey(random));
        var refusals = await RefusalBenchmark.RunAsync(client, guarded.Endpoint, hostile, cancellationToken);

        output.WriteLine($"401 throughput: {RandomKeys:N0} random well-formed keys with {options.Concurrency} workers …");
        var body = SecurityClient.Body("{ region { code } }");
        var unknownKey = HostileRequests.RandomKey(random);
        var loads = new[]
        {
            await RefusalBenchmark.LoadAsync($"{RandomKeys:N0} distinct random well-formed keys (each read from the database once)", client, guarded.Endpoint, body,
                [.. Enumerable.Range(0, RandomKeys).Select(_ => HostileRequests.RandomKey(random))], options.Concurrency, cancellationToken),
            await RefusalBenchmark.LoadAsync("one unknown key repeated (its refusal cached)", client, guarded.Endpoint, body,
                [.. Enumerable.Repeat<string?>(unknownKey, RandomKeys)], options.Concurrency, cancellationToken),
            await RefusalBenchmark.LoadAsync("anonymous { region { code } } answered (comparison)", client, guarded.Endpoint, body,
                [.. Enumerable.Repeat<string?>(null, RandomKeys)], options.Concurrency, cancellationToken),
        };

        output.WriteLine($"Rate limit: {BurstRequests} anonymous requests at once against AnonymousPerMinute={AnonymousPerMinute} …");
        RateLimitResult rate;
        await using (var limited = new BenchmarkHost(new(database.FilePath) { LiftLimits = false, Settings = [new("Security:RateLimits:AnonymousPerMinute", $"{AnonymousPerMinute}")] }))
        {
            if (!Start(limited.StartServer, "rate limits on"))
            {
                return 2;
            }

            rate = await RateLimitProbe.RunAsync(client, limited.Endpoint, AnonymousPerMinute, BurstRequests, options.Concurrency, cancellationToken);
        }

        SecurityReport.Write(output, new SecurityRun(
            loadAtStart, database.Seeding, catalogue, banner.Key, banner.Count(), village, warmup, requests, protection, refusals, loads, rate));
        output.WriteLine($"Total run time {total.Elapsed.TotalSeconds:0} s.");
        var refusedAsExpected = refusals.All(r => r.AsExpected == r.Times.Count);
        var rateLimited = rate.Count(429) > 0 && rate.Count(200) <= AnonymousPerMinute + 5;
        return refusedAsExpected && rateLimited ? 0 : 1;
    }

    /// <summary>For each query: (a) the admin on the host with lifted limits, the baseline; a control admin and scoped or anonymous callers under the default limits.</summary>
    private static List<ProtectionCase> Cases(Uri liftedEndpoint, string adminKey, BenchmarkHost guarded, string region, string banner, string village)
    {
        var admin = guarded.Key(Role.Admin, region);
        var dashboard = guarded.Key(Role.Dashboard, banner);
        var partner = guarded.Key(Role.Partner, banner);
        var organizer = guarded.Key(Role.Organizer, banner);
        var endpoint = guarded.Endpoint;
        var queries = new (string Name, byte[] Body, string Scoped, string? ScopedKey, string? Second, string? SecondKey, bool Anonymous)[]
        {
            ("dashboard", SecurityClient.Body(SecurityQueries.Dashboard), "dashboard", dashboard, null, null, true),
            ("branches + members", SecurityClient.Body(SecurityQueries.Branches(banner)), "partner", partner, "organizer", organizer, false),
            ("node(id:) village", SecurityClient.Body(SecurityQueries.Node, new { id = village }), "dashboard", dashboard, null, null, true),
        };
        var cases = new List<ProtectionCase>();
        foreach (var q in queries)
        {
            cases.Add(new(q.Name, "(a) admin, limits lifted (probes)", liftedEndpoint, adminKey, q.Body, Baseline: true));
            cases.Add(new(q.Name, "(a') admin, default limits (control)", endpoint, admin, q.Body));
            cases.Add(new(q.Name, $"(b) {q.Scoped} key, scope {banner}", endpoint, q.ScopedKey, q.Body));
            if (q.Second is not null)
            {
                cases.Add(new(q.Name, $"(b) {q.Second} key, scope {banner}", endpoint, q.SecondKey, q.Body));
            }

            cases.Add(new(q.Name, "(c) anonymous, default limits", endpoint, null, q.Body, Allowed: q.Anonymous));
        }

        return cases;
    }

    private static async Task<string> VillageIdAsync(SecurityClient client, Uri endpoint, string adminKey, string banner, CancellationToken cancellationToken)
    {
        var reply = await client.SendAsync(endpoint, SecurityClient.Body(SecurityQueries.Fixtures(banner)), adminKey, cancellationToken);
        using var json = JsonDocument.Parse(reply.Body);
        return json.RootElement.GetProperty("data").GetProperty("villages").GetProperty("nodes")[0].GetProperty("id").GetString()
            ?? throw new InvalidOperationException($"No village in banner {banner}.");
    }

    private static bool Start(Action start, string name)
    {
        try
        {
            start();
            return true;
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            Console.Error.WriteLine($"The API ({name}) did not start ({e.GetType().Name}); its own error is logged above.");
            return false;
        }
    }
}

using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Security;

/// <summary>Everything one run of the security suite measured.</summary>
public sealed record SecurityRun(
    string LoadAtStart,
    TimeSpan Seeding,
    Catalogue Catalogue,
    string Banner,
    int BannerBranches,
    string VillageId,
    int Warmup,
    int Requests,
    IReadOnlyList<ProtectionResult> Protection,
    IReadOnlyList<RefusalResult> Refusals,
    IReadOnlyList<LoadResult> Loads,
    RateLimitResult Rate);

/// <summary>Prints the suite's tables with what each case sent.</summary>
public static class SecurityReport
{
    public static void Write(TextWriter output, SecurityRun run)
    {
        output.WriteLine();
        output.WriteLine("PartyOrg API security: the price of protection, refusals of hostile requests, the rate limit (demo scale, loopback HTTP/1.1)");
        output.WriteLine($"Machine:  {BenchmarkApp.Machine()}");
        output.WriteLine($"Load:     1-minute load average {run.LoadAtStart} at start, {BenchmarkApp.LoadAverage()} at the end (anything else running inflates every number)");
        output.WriteLine($"Database: demo scale, generated in {run.Seeding.TotalSeconds:F1} s ({run.Catalogue.Leagues.Count} leagues, {run.Catalogue.Banners.Count} banners, " +
            $"{run.Catalogue.Branches.Count} branches with members); scoped keys: banner {run.Banner} ({run.BannerBranches} branches with members)");
        output.WriteLine("Hosts:    the real Program in this process on Kestrel, 127.0.0.1, Production; one HttpClient, requests one at a time unless said otherwise");
        output.WriteLine("          (a) BenchmarkHost with probes: limits lifted (BenchmarkAccess.LiftLimits), rate limits off, admin key, WITH the benchmark probes (timing decorators, EF interceptors)");
        output.WriteLine("          default: default limits (depth 20, fields 2000, aliases 40, cost 1000/1000, 5000 nodes, page 50, 50 ids), Security:RateLimits:Enabled=false, no probes");
        output.WriteLine($"          rate: default limits and Security:RateLimits:AnonymousPerMinute={SecuritySuite.AnonymousPerMinute} (on)");
        output.WriteLine();

        output.WriteLine($"== 1. The price of protection: {run.Warmup} warm-up + {run.Requests} timed requests per case, the cases of a query taking turns ==");
        output.WriteLine($"dashboard:          {SecurityQueries.Dashboard}");
        output.WriteLine($"branches + members: {SecurityQueries.Branches(run.Banner)}");
        output.WriteLine($"node(id:) village:  {SecurityQueries.Node}  with $id = \"{run.VillageId}\" (a village of {run.Banner})");
        output.WriteLine("A scoped dashboard reads null for region and no leagues (above its scope) and only its own banner: less data than (a).");
        output.WriteLine("A partner reads members' names as pseudonyms (an HMAC each), an organizer the names themselves.");
        output.WriteLine();
        output.Write(ProtectionBenchmark.Table(run.Protection));
        output.WriteLine();

        output.WriteLine($"== 2. Refusals on the default host: each request sent once (1st), then {RefusalBenchmark.Repeats} times one after another ==");
        output.WriteLine("Time is the client's: sending the whole body (900 KB for the directive bomb) until the last byte of the answer.");
        output.WriteLine("\"as expected\": answers with the expected status and first error code (the code printed is the first answer's).");
        output.WriteLine();
        output.Write(RefusalBenchmark.Table(run.Refusals));
        output.WriteLine();
        output.WriteLine("401s for keys never issued, on the default host with rate limits OFF (with them on, refused keys count against the");
        output.WriteLine($"client address: {SecuritySuite.AnonymousPerMinute}/min). Each key is well formed, so each distinct one costs a key-row look-up once and is then");
        output.WriteLine("remembered as refused (Security:KeyCacheSeconds); past 10 000 cached entries every refusal is swept out.");
        output.WriteLine();
        output.Write(RefusalBenchmark.LoadTable(run.Loads));
        output.WriteLine();

        output.WriteLine($"== 3. Rate limit: {run.Rate.Sent} anonymous {{ region {{ code }} }} as fast as possible from one address ==");
        output.WriteLine();
        output.Write(RateLimitProbe.Table(run.Rate));
        output.WriteLine();
    }
}

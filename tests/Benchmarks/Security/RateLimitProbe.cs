using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using PartyOrg.Benchmarks.Measuring;
using PartyOrg.Benchmarks.Reporting;

namespace PartyOrg.Benchmarks.Security;

public sealed record RateLimitResult(
    int PerMinute, int Sent, int Workers, TimeSpan Elapsed, IReadOnlyList<Reply> Burst, TimeSpan Waited, IReadOnlyList<Reply> AfterWait)
{
    public int Count(int status) => Burst.Count(r => r.Status == status);
}

/// <summary>
/// Anonymous requests as fast as the workers can send them to a host with rate limits on, then, after the longest
/// Retry-After seen, a few more one by one: how many pass, how many get 429, and what Retry-After says.
/// </summary>
public static class RateLimitProbe
{
    public const int AfterWaitRequests = 10;

    public static async Task<RateLimitResult> RunAsync(
        SecurityClient client, Uri endpoint, int perMinute, int sent, int workers, CancellationToken cancellationToken)
    {
        var body = SecurityClient.Body("{ region { code } }");
        var replies = new ConcurrentQueue<Reply>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < sent)
            {
                replies.Enqueue(await client.SendAsync(endpoint, body, null, cancellationToken));
            }
        }));
        var elapsed = clock.Elapsed;
        var burst = replies.ToList();

        var longest = burst.Select(r => double.TryParse(r.RetryAfter, CultureInfo.InvariantCulture, out var s) ? s : 0).DefaultIfEmpty(0).Max();
        var waited = TimeSpan.FromSeconds(longest);
        await Task.Delay(waited, cancellationToken);
        var after = new List<Reply>();
        for (var i = 0; i < AfterWaitRequests; i++)
        {
            after.Add(await client.SendAsync(endpoint, body, null, cancellationToken));
        }

        return new RateLimitResult(perMinute, sent, workers, elapsed, burst, waited, after);
    }

    public static string Table(RateLimitResult r)
    {
        var limited = r.Burst.Where(x => x.Status == 429).ToList();
        var codes = limited.SelectMany(x => x.ErrorCodes()).GroupBy(c => c).Select(g => $"{g.Key} x{g.Count()}");
        var retryAfter = limited.GroupBy(x => x.RetryAfter ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} s: {g.Count()}");
        var firstRefused = r.Burst.ToList().FindIndex(x => x.Status == 429);
        var table = new TextTable("Rate limit (anonymous, one client address)", "value");
        table.Add("Security:RateLimits:AnonymousPerMinute", $"{r.PerMinute} (token bucket: {r.PerMinute} tokens, {Math.Max(1, r.PerMinute / 12)} more every 5 s)");
        table.Add("Requests fired", $"{r.Sent} by {r.Workers} concurrent workers in {r.Elapsed.TotalMilliseconds:0} ms ({r.Sent / r.Elapsed.TotalSeconds:N0}/s)");
        table.Add("Answered 200", $"{r.Count(200)}");
        table.Add("Answered 429", $"{r.Count(429)}");
        table.Add("Other statuses", $"{r.Burst.Count(x => x.Status is not (200 or 429))}");
        table.Add("First 429 at answer #", firstRefused < 0 ? "none" : $"{firstRefused + 1} (in order of arrival)");
        table.Add("Codes in the 429s", string.Join(", ", codes));
        table.Add("Retry-After values seen (429s)", string.Join("; ", retryAfter));
        table.Add("Detail of the first 429", limited.FirstOrDefault()?.Detail() ?? "-");
        table.Add("Median time of a 200 / a 429", $"{ProtectionBenchmark.Ms(Stats.Median(r.Burst.Where(x => x.Status == 200).Select(x => x.Milliseconds)))} ms / " +
            $"{ProtectionBenchmark.Ms(Stats.Median(limited.Select(x => x.Milliseconds)))} ms");
        table.Add($"After waiting {r.Waited.TotalSeconds:0} s (longest Retry-After): {AfterWaitRequests} more one by one",
            $"{r.AfterWait.Count(x => x.Status == 200)} answered 200, {r.AfterWait.Count(x => x.Status == 429)} answered 429");
        return table.ToString();
    }
}

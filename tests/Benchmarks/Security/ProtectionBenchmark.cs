using System.Globalization;
using PartyOrg.Benchmarks.Measuring;
using PartyOrg.Benchmarks.Reporting;

namespace PartyOrg.Benchmarks.Security;

/// <summary>
/// One way of sending one query: to which host, with which key (null: anonymous). The baseline of a query
/// is its case (a); a case that is not <paramref name="Allowed"/> is sent once to show the refusal, not timed.
/// </summary>
public sealed record ProtectionCase(string Query, string Caller, Uri Endpoint, string? Key, byte[] Body, bool Baseline = false, bool Allowed = true);

public sealed record ProtectionResult(ProtectionCase Case, Reply First, long Bytes, IReadOnlyList<double> Times)
{
    public double Median => Stats.Median(Times);

    public double P95 => Stats.P95(Times);
}

/// <summary>
/// The price of protection: the same queries sent as an admin on the host with lifted limits, with scoped keys and
/// anonymously on the host with the default limits. The cases of a query take turns request by request, so a
/// change of load on the machine falls on all of them alike.
/// </summary>
public static class ProtectionBenchmark
{
    public static async Task<IReadOnlyList<ProtectionResult>> RunAsync(
        SecurityClient client, IReadOnlyList<ProtectionCase> cases, int warmup, int requests, TextWriter log, CancellationToken cancellationToken)
    {
        var results = new List<ProtectionResult>();
        foreach (var query in cases.GroupBy(c => c.Query))
        {
            log.WriteLine($"Price of protection: {query.Key}, {query.Count(c => c.Allowed)} cases, {warmup} warm-up + {requests} timed requests each, taking turns …");
            var firsts = new List<Reply>();
            foreach (var c in query)
            {
                var first = await client.SendAsync(c.Endpoint, c.Body, c.Key, cancellationToken, reportCost: true);
                if (c.Allowed && first.Status != 200)
                {
                    throw new InvalidOperationException($"{c.Query} as {c.Caller} answered {first.Status}: {System.Text.Encoding.UTF8.GetString(first.Body)[..Math.Min(first.Body.Length, 400)]}");
                }

                firsts.Add(first);
            }

            var timed = query.Where(c => c.Allowed).ToList();
            var times = timed.Select(_ => new List<double>(requests)).ToList();
            var bytes = new long[timed.Count];
            for (var round = 0; round < warmup + requests; round++)
            {
                for (var i = 0; i < timed.Count; i++)
                {
                    var reply = await client.SendAsync(timed[i].Endpoint, timed[i].Body, timed[i].Key, cancellationToken);
                    if (reply.Status != 200)
                    {
                        throw new InvalidOperationException($"{timed[i].Query} as {timed[i].Caller} answered {reply.Status} in round {round}.");
                    }

                    bytes[i] = reply.Body.LongLength;
                    if (round >= warmup)
                    {
                        times[i].Add(reply.Milliseconds);
                    }
                }
            }

            results.AddRange(query.Select((c, i) => c.Allowed
                ? new ProtectionResult(c, firsts[i], bytes[timed.IndexOf(c)], times[timed.IndexOf(c)])
                : new ProtectionResult(c, firsts[i], firsts[i].Body.LongLength, [])));
        }

        return results;
    }

    public static string Table(IReadOnlyList<ProtectionResult> results)
    {
        var table = new TextTable("Query", "Caller", "cost field/type", "bytes", "errors in answer", "n", "median ms", "p95 ms", "median / (a)", "p95 / (a)");
        foreach (var query in results.GroupBy(r => r.Case.Query))
        {
            var baseline = query.Single(r => r.Case.Baseline);
            foreach (var r in query)
            {
                var codes = r.First.ErrorCodes();
                var errors = codes.Count == 0 ? "none" : string.Join(", ", codes);
                if (!r.Case.Allowed)
                {
                    table.Add(r.Case.Query, r.Case.Caller, r.First.Cost(), $"{r.Bytes:N0}", $"HTTP {r.First.Status}: {errors}", "-", "not allowed", "-", "-", "-");
                    continue;
                }

                table.Add(r.Case.Query, r.Case.Caller, r.First.Cost(), $"{r.Bytes:N0}", errors, $"{r.Times.Count}", Ms(r.Median), Ms(r.P95),
                    Ratio(r.Median / baseline.Median), Ratio(r.P95 / baseline.P95));
            }
        }

        return table.ToString();
    }

    internal static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "x";
}

using System.Globalization;
using PartyOrg.Benchmarks.Measuring;

namespace PartyOrg.Benchmarks.Reporting;

/// <summary>Prints the results: rows verified, latency against the floor, throughput, and where the API's time goes.</summary>
public static class BenchmarkReport
{
    public const double Goal = 1.5;

    public static void Write(TextWriter output, IReadOnlyList<CaseResult> results, BenchmarkOptions options)
    {
        output.WriteLine("Rows (API response vs floor, compared row for row on key and every selected field):");
        foreach (var result in results)
        {
            var verdict = result.Differences.Count == 0 ? "identical" : "DIFFERENT: " + string.Join("; ", result.Differences);
            output.WriteLine($"  {result.Query.Name}: {result.Rows.Counts} ({result.Rows.TotalRows:N0} rows) — {verdict}");
        }

        output.WriteLine();
        output.WriteLine($"Latency, one request at a time (up to {options.Warmup} warm-ups, then n timed; a series stops after " +
            $"{options.SeriesBudget.TotalSeconds:0} s once it has {Runs.MinimumTimed}), ms:");
        var latency = new TextTable("Query", "API n", "API median", "API p95", "Floor n", "Floor median", "Floor p95", "Ratio median", "Ratio p95", $"Goal ≤ {Goal}");
        foreach (var r in results)
        {
            var ratio = r.Api.Median / r.Floor.Median;
            latency.Add(r.Query.Name, Count(r.Api.Milliseconds.Count), Ms(r.Api.Median), Ms(r.Api.P95), Count(r.Floor.Milliseconds.Count), Ms(r.Floor.Median), Ms(r.Floor.P95),
                Times(ratio), Times(r.Api.P95 / r.Floor.P95), ratio <= Goal ? "met" : "missed");
        }

        output.WriteLine(latency);
        output.WriteLine($"Throughput, {options.Concurrency} concurrent workers starting requests for {options.LoadDuration.TotalSeconds:0} s " +
            "(n = completed; rate over the time until the last one ended; latencies under load, ms):");
        var load = new TextTable("Query", "API n", "API req/s", "API median", "API p95", "Floor n", "Floor req/s", "Floor median", "Floor p95", "Floor/API req/s");
        foreach (var r in results)
        {
            load.Add(r.Query.Name, Count(r.ApiLoad.Completed), PerSecond(r.ApiLoad.PerSecond), Ms(r.ApiLoad.Median), Ms(r.ApiLoad.P95),
                Count(r.FloorLoad.Completed), PerSecond(r.FloorLoad.PerSecond), Ms(r.FloorLoad.Median), Ms(r.FloorLoad.P95),
                Times(r.FloorLoad.PerSecond / r.ApiLoad.PerSecond));
        }

        output.WriteLine(load);
        output.WriteLine("Where an API request's time goes (medians per request, one at a time, ms):");
        var split = new TextTable("Query", "HTTP total", "GraphQL execute", "EF commands", "JSON write", "Other", "EF SQL raw", "Floor", "Statements API/floor", "EF compiles/req", "Response");
        foreach (var r in results)
        {
            var other = r.Api.Milliseconds.Zip(r.Api.Probes, (total, p) => total - p.Execution.TotalMilliseconds - p.Serialization.TotalMilliseconds);
            split.Add(r.Query.Name, Ms(r.Api.Median), Ms(r.Api.MedianOf(p => p.Execution)), Ms(r.Api.MedianOf(p => p.Sql)),
                Ms(r.Api.MedianOf(p => p.Serialization)), Ms(Stats.Median(other)), Ms(r.Replay.Median), Ms(r.Floor.Median),
                $"{r.StatementsPerRequest:0.#} / {r.FloorStatements.Count}", r.Api.Probes.Average(p => (double)p.Compilations).ToString("0.##", CultureInfo.InvariantCulture),
                $"{r.ResponseBytes / 1024.0:N0} KiB");
        }

        output.WriteLine(split);
        output.WriteLine("""
            GraphQL execute: parse, validate and resolve, SQL included. EF commands: from each EF command's execution until
            its reader is disposed (the database plus EF's materialisation). JSON write: the serializer into Kestrel's response.
            Other: HTTP both ways, routing, the client. EF SQL raw: the API's own statements of one request replayed
            through prepared ADO.NET commands. EF compiles/req: EF Core compiled-query cache misses per request.
            """);
    }

    private static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Times(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string PerSecond(double value) => value.ToString(value < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

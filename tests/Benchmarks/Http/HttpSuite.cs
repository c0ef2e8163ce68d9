using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Reporting;
using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Http;

/// <summary>
/// <c>--suite http</c>: requests per second under wrk over loopback (16 connections, anonymous, demo scale, rate
/// limits lifted) for <c>{ __typename }</c>, the region, the region with its twelve leagues and the league dashboard,
/// beside two floors in the same run: a minimal ASP.NET Core endpoint for <c>{ __typename }</c> and a hand-written
/// endpoint serving the dashboard's JSON from the same rollup rows.
/// </summary>
public static class HttpSuite
{
    public const int Connections = 16;
    public const int Threads = 2;
    public static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        if (Wrk.Find() is not { } wrk)
        {
            await Console.Error.WriteLineAsync(Wrk.Missing);
            return 2;
        }

        var total = Stopwatch.StartNew();
        var loadAtStart = BenchmarkApp.LoadAverage();
        output.WriteLine("Seeding a demo-scale database …");
        using var database = await DemoDatabase.CreateAsync(cancellationToken);
        await using var api = new BenchmarkHost(new(database.FilePath));
        try
        {
            api.StartServer();
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"The API did not start ({e.GetType().Name}); its own error is logged above.");
            return 2;
        }

        await using var floor = await FloorServer.StartAsync(database.FilePath, cancellationToken);
        var floorTypename = new Uri(floor.Address, "/typename");
        var floorDashboard = new Uri(floor.Address, "/dashboard");
        HttpCase[] cases =
        [
            new("{ __typename }", api.Endpoint, HttpQueries.Typename, Floor: "minimal endpoint"),
            new("minimal endpoint (floor)", floorTypename, HttpQueries.Typename),
            new("{ region { code name } }", api.Endpoint, HttpQueries.Region),
            new("region + 12 leagues (code, name)", api.Endpoint, HttpQueries.RegionLeagues),
            new("dashboard: 12 leagues' memberCount, strongestBranchShare", api.Endpoint, HttpQueries.Dashboard, Floor: "hand-written dashboard"),
            new("hand-written dashboard (floor)", floorDashboard, HttpQueries.Dashboard),
        ];

        using var http = new HttpClient();
        var checks = new List<string>();
        var agree = true;
        foreach (var pair in new[] { (api.Endpoint, floorTypename, HttpQueries.Typename), (api.Endpoint, floorDashboard, HttpQueries.Dashboard) })
        {
            var fromApi = await AnswerAsync(http, pair.Item1, pair.Item3, cancellationToken);
            var fromFloor = await AnswerAsync(http, pair.Item2, pair.Item3, cancellationToken);
            var same = JsonNode.DeepEquals(fromApi.Json, fromFloor.Json) && fromApi.Json?["errors"] is null;
            agree &= same;
            checks.Add($"{pair.Item3}: API and floor {(same ? "agree" : $"DIFFER\n  API:   {fromApi.Text}\n  floor: {fromFloor.Text}")} ({fromApi.Text.Length:N0} bytes)");
        }

        foreach (var query in new[] { HttpQueries.Region, HttpQueries.RegionLeagues })
        {
            var answer = await AnswerAsync(http, api.Endpoint, query, cancellationToken);
            var fine = answer.Json?["errors"] is null && answer.Json?["data"]?["region"] is not null;
            agree &= fine;
            checks.Add($"{query}: {(fine ? "answered" : $"FAILED: {answer.Text}")} ({answer.Text.Length:N0} bytes)");
        }

        // Every case is warmed up before any is measured: the first measured one would otherwise carry the JIT's
        // tiering of the whole request path.
        foreach (var run in cases)
        {
            output.WriteLine($"wrk warm-up: {run.Name}, {Warmup.TotalSeconds:0} s …");
            await Wrk.RunAsync(wrk, run.Endpoint, run.Query, Connections, Threads, Warmup, cancellationToken);
        }

        var results = new List<(HttpCase Case, WrkResult Result)>();
        foreach (var run in cases)
        {
            output.WriteLine($"wrk: {run.Name}, {options.LoadDuration.TotalSeconds:0} s …");
            results.Add((run, await Wrk.RunAsync(wrk, run.Endpoint, run.Query, Connections, Threads, options.LoadDuration, cancellationToken)));
        }

        output.WriteLine();
        output.WriteLine("PartyOrg GraphQL API over loopback HTTP/1.1 under wrk, against hand-written floors in the same run");
        output.WriteLine($"Machine:  {BenchmarkApp.Machine()}");
        output.WriteLine($"Load:     1-minute load average {loadAtStart} at start, {BenchmarkApp.LoadAverage()} at the end (wrk itself and anything else running share the 2 cores)");
        output.WriteLine($"Database: demo scale, generated in {database.Seeding.TotalSeconds:0.0} s");
        output.WriteLine($"Load:     wrk {Threads} threads, {Connections} connections, keep-alive, {Warmup.TotalSeconds:0} s warm-up of every row, then {options.LoadDuration.TotalSeconds:0} s measured per row; anonymous; rate and request limits lifted");
        output.WriteLine($"API:      {api.Endpoint} (the real Program, Production); floors: {floor.Address} (minimal ASP.NET Core, Microsoft.Data.Sqlite)");
        output.WriteLine();
        foreach (var check in checks)
        {
            output.WriteLine(check);
        }

        output.WriteLine();
        output.WriteLine(Table(results));
        output.WriteLine($"Total run time {total.Elapsed.TotalSeconds:0} s.");
        return agree && results.All(r => r.Result.Failed == 0) ? 0 : 1;
    }

    private static string Table(List<(HttpCase Case, WrkResult Result)> results)
    {
        var table = new TextTable("Request", "requests/s", "p50", "p99", "requests", "non-2xx", "socket errors", "API / floor");
        foreach (var (run, result) in results)
        {
            var floor = run.Floor is null ? null : results.FirstOrDefault(r => r.Case.Name.StartsWith(run.Floor, StringComparison.Ordinal)).Result;
            table.Add(run.Name, result.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture), result.P50, result.P99,
                result.Requests.ToString("N0", CultureInfo.InvariantCulture), result.Failed.ToString(CultureInfo.InvariantCulture), result.Errors,
                floor is null ? "" : (result.RequestsPerSecond / floor.RequestsPerSecond).ToString("0.00", CultureInfo.InvariantCulture));
        }

        return table.ToString();
    }

    private static async Task<(string Text, JsonNode? Json)> AnswerAsync(HttpClient http, Uri endpoint, string query, CancellationToken cancellationToken)
    {
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(endpoint, content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return (text, JsonNode.Parse(text));
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Measuring;
using PartyOrg.Benchmarks.Reporting;
using PartyOrg.Benchmarks.Setup;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Benchmarks.Statistics;

/// <summary>
/// <c>--suite stats</c>, for "Statistics on every node": the dashboard query over HTTP at full and at
/// demo scale, the same figures computed live with GROUP BY, the plans of the API's statistics
/// statements, and one full recompute of the rollups.
/// </summary>
public static class StatsSuite
{
    private const double Goal = 1.5;

    private static readonly string[] NaiveParameters = ["@n", "@asOf"];

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = BenchmarkApp.LoadAverage();
        using var full = await FullScaleDatabase.OpenAsync(options.DatabasePath, output, cancellationToken);
        using var demo = await DemoDatabase.CreateAsync(output, cancellationToken);

        output.WriteLine("Measuring the dashboard at full scale …");
        var atFull = await MeasureApiAsync(full.FilePath, options, capture: true, cancellationToken);
        if (atFull is null)
        {
            return 2;
        }

        output.WriteLine("Measuring the dashboard at demo scale …");
        var atDemo = await MeasureApiAsync(demo.FilePath, options, capture: false, cancellationToken);
        if (atDemo is null)
        {
            return 2;
        }

        output.WriteLine("Computing the dashboard live with GROUP BY …");
        var banners = atFull.Banners;
        var naive = await MeasureNaiveAsync(full.ReadOnlyConnectionString, banners, options, cancellationToken);
        var disagreements = atFull.Figures
            .Where(f => !naive.Figures.TryGetValue(f.Key, out var live) || !live.SameAs(f.Value))
            .Select(f => $"{f.Key}: API {f.Value} / live {naive.Figures.GetValueOrDefault(f.Key)?.ToString() ?? "missing"}")
            .ToList();

        output.WriteLine("Recomputing every rollup at full scale …");
        var recompute = await RecomputeAsync(full.FilePath, cancellationToken);

        output.WriteLine();
        output.WriteLine("Statistics on every node: the dashboard query (region, leagues, banners(first: 50); 5 figures + AGE_BAND each)");
        output.WriteLine($"Machine:  {BenchmarkApp.Machine()}");
        output.WriteLine($"Load:     1-minute load average {loadAtStart} at start, {BenchmarkApp.LoadAverage()} at the end");
        output.WriteLine($"Full:     {full.Origin}");
        output.WriteLine($"Demo:     {demo.Origin}");
        output.WriteLine($"Dashboard: {atFull.Figures.Count} divisions at full scale ({atFull.Bytes:N0} bytes), {atDemo.Figures.Count} at demo scale ({atDemo.Bytes:N0} bytes); " +
            $"{atFull.StatementsPerRequest} SQL statements per request at full scale, {atDemo.StatementsPerRequest} at demo scale");
        output.WriteLine();

        var table = new TextTable("Measurement", "n", "median ms", "p95 ms", "ratio (median)", "goal");
        table.Add("API over HTTP, full scale", $"{atFull.Times.Count}", Ms(Stats.Median(atFull.Times)), Ms(Stats.P95(atFull.Times)), "", "");
        table.Add("API over HTTP, demo scale", $"{atDemo.Times.Count}", Ms(Stats.Median(atDemo.Times)), Ms(Stats.P95(atDemo.Times)), "", "");
        var scaleRatio = Stats.Median(atFull.Times) / Stats.Median(atDemo.Times);
        table.Add("full / demo", "", "", "", Ratio(scaleRatio), scaleRatio <= Goal ? $"<= {Goal}: met" : $"<= {Goal}: MISSED");
        table.Add("Live GROUP BY (9 statements, raw ADO.NET), full scale", $"{naive.Times.Count}", Ms(Stats.Median(naive.Times)), Ms(Stats.P95(naive.Times)), "", "");
        table.Add("live GROUP BY / API over HTTP, full scale", "", "", "", Ratio(Stats.Median(naive.Times) / Stats.Median(atFull.Times)), "");
        table.Add("Full recompute (RollupStore.RecomputeAsync), once", "1", Ms(recompute.Elapsed.TotalMilliseconds), "", "", $"{recompute.Rows:N0} rows");
        output.Write(table.ToString());
        output.WriteLine();
        output.WriteLine(disagreements.Count == 0
            ? $"Figures: the live GROUP BY agrees with the API on all {atFull.Figures.Count} divisions (every figure and age band)."
            : $"Figures: the live GROUP BY DISAGREES with the API on {disagreements.Count} divisions, e.g. {string.Join("; ", disagreements.Take(3))}");
        output.WriteLine();

        var statistics = atFull.Statements.Where(IsStatistics).ToList();
        output.WriteLine($"=== The API's statistics statements for one dashboard request at full scale: {statistics.Count} of {atFull.Statements.Count} " +
            $"(the others read the divisions: {string.Join(", ", atFull.Statements.Where(s => !IsStatistics(s)).Select(s => Table(s.Sql)))}) ===");
        foreach (var statement in statistics)
        {
            output.WriteLine($"-- {statement.Duration.TotalMilliseconds:0.00} ms in the API (execution until its reader was disposed)");
            await ExplainAsync(output, statement.Sql, statement.Parameters, full.ReadOnlyConnectionString, cancellationToken);
        }

        output.WriteLine("=== The live GROUP BY's statements (each runs at 3 levels; the banner level with the IN list) ===");
        foreach (var sql in NaiveDashboard.Statements(banners.Count))
        {
            var parameters = NaiveParameters.Concat(banners.Select((_, i) => $"@b{i}"))
                .Where(p => sql.Contains(p, StringComparison.Ordinal))
                .Select(p => KeyValuePair.Create<string, object?>(p, p == "@n" ? 6 : p == "@asOf" ? "2026-07-01" : banners[int.Parse(p[2..], CultureInfo.InvariantCulture)]))
                .ToList();
            await ExplainAsync(output, sql, parameters, full.ReadOnlyConnectionString, cancellationToken);
        }

        output.WriteLine($"Total run time {total.Elapsed.TotalSeconds:0} s.");
        return disagreements.Count == 0 ? 0 : 1;
    }

    private static bool IsStatistics(CapturedStatement statement) =>
        statement.Sql.Contains("Rollup", StringComparison.Ordinal) || statement.Sql.Contains("StatisticsInfo", StringComparison.Ordinal);

    private static string Table(string sql)
    {
        var from = sql.IndexOf("FROM \"", StringComparison.Ordinal);
        return from < 0 ? "?" : sql[(from + 6)..].Split('"')[0];
    }

    private static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static async Task ExplainAsync(
        TextWriter output, string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters, string connectionString, CancellationToken cancellationToken)
    {
        output.WriteLine(sql);
        output.WriteLine("-- plan:");
        foreach (var line in await SqlReplay.ExplainAsync(new FloorDatabase(connectionString, IsPostgres: false), sql, parameters, cancellationToken))
        {
            output.WriteLine("--" + line);
        }

        output.WriteLine();
    }

    private sealed record ApiRun(List<double> Times, IReadOnlyDictionary<string, DashboardFigures> Figures, IReadOnlyList<string> Banners, long Bytes, long StatementsPerRequest, IReadOnlyList<CapturedStatement> Statements);

    private static async Task<ApiRun?> MeasureApiAsync(string databaseFile, BenchmarkOptions options, bool capture, CancellationToken cancellationToken)
    {
        var probes = new ServerProbes();
        await using var api = new BenchmarkHost(new(databaseFile) { Probes = probes });
        try
        {
            api.StartServer();
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"The API did not start on {databaseFile} ({e.GetType().Name}); its own error is logged above.");
            return null;
        }

        using var client = new GraphQLClient(api.Address, 1, api.AdminKey);
        var body = GraphQLClient.Body(DashboardQuery.GraphQL);
        var (data, bytes) = await client.FetchAsync(body, cancellationToken);
        for (var i = 0; i < options.Warmup; i++)
        {
            await client.SendAsync(body, cancellationToken);
        }

        var before = probes.Read();
        if (capture)
        {
            probes.StartCapture();
        }

        await client.SendAsync(body, cancellationToken);
        probes.StopCapture();
        var statements = (probes.Read() - before).Statements;
        var captured = probes.Captured.ToList();

        var times = await SeriesAsync(() => client.SendAsync(body, cancellationToken), options);
        return new ApiRun(times, DashboardQuery.FiguresOf(data), DashboardQuery.BannerCodes(data), bytes, statements, captured);
    }

    private sealed record NaiveRun(List<double> Times, IReadOnlyDictionary<string, DashboardFigures> Figures);

    private static async Task<NaiveRun> MeasureNaiveAsync(string connectionString, IReadOnlyList<string> banners, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var asOf = await NaiveDashboard.AgeAsOfAsync(connection, cancellationToken);
        var figures = await NaiveDashboard.ComputeAsync(connection, asOf, banners, cancellationToken);
        var naiveOptions = options with { Warmup = 0, Requests = Math.Min(options.Requests, 20) };
        var times = await SeriesAsync(() => NaiveDashboard.ComputeAsync(connection, asOf, banners, cancellationToken), naiveOptions);
        return new NaiveRun(times, figures);
    }

    /// <summary>Sequential calls: <see cref="BenchmarkOptions.Requests"/> of them, or fewer (at least 5) once the series budget is spent.</summary>
    private static async Task<List<double>> SeriesAsync(Func<Task> call, BenchmarkOptions options)
    {
        var times = new List<double>();
        var series = Stopwatch.StartNew();
        while (times.Count < options.Requests && (times.Count < 5 || series.Elapsed < options.SeriesBudget))
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }

    private static async Task<RecomputeReport> RecomputeAsync(string file, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        var contexts = new PooledDbContextFactory<PartyDbContext>(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(connectionString).Options);
        var report = await new RollupStore(contexts).RecomputeAsync(null, cancellationToken);
        SqliteConnection.ClearAllPools();
        return report;
    }
}

using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Measuring;
using PartyOrg.Benchmarks.Queries;
using PartyOrg.Benchmarks.Reporting;
using PartyOrg.Benchmarks.Setup;

namespace PartyOrg.Benchmarks;

/// <summary>
/// Measures the GraphQL API over HTTP at full scale against a hand-written ADO.NET floor for the same
/// rows. Not a test: it prints a report and exits 1 only when the two disagree on the rows.
/// </summary>
public static class BenchmarkApp
{
    private static readonly IQueryCase[] AllQueries = [new HierarchyQuery(), new StrongestBranchesQuery()];

    public static async Task<int> Main(string[] args)
    {
        if (args is [Partners.ClientProcess.ChildArgument])
        {
            // The partners suite's subscribers, in a process of their own (see Partners/ClientProcess).
            return await Partners.ClientHost.RunAsync(Console.In, Console.Out);
        }

        BenchmarkOptions options;
        IQueryCase[] queries;
        try
        {
            options = BenchmarkOptions.Parse(args);
            queries = [.. AllQueries.Where(q => options.Queries.Count == 0 || options.Queries.Contains(q.ShortName))];
            if (queries.Length == 0)
            {
                throw new ArgumentException($"No query is named {string.Join(" or ", options.Queries)}; use {string.Join(" or ", AllQueries.Select(q => q.ShortName))}.");
            }
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        if (options.Suite == "subscriptions")
        {
            return await Subscriptions.SubscriptionSuite.RunAsync(Console.Out, cancellation.Token);
        }

        if (options.Suite == "soak")
        {
            return await Soak.SoakSuite.RunAsync(options, Console.Out, cancellation.Token);
        }

        if (options.Suite == "partners")
        {
            return await Partners.PartnersSuite.RunAsync(options, Console.Out, cancellation.Token);
        }

        if (options.Suite == "http")
        {
            return await Http.HttpSuite.RunAsync(options, Console.Out, cancellation.Token);
        }

        if (options.Suite == "security")
        {
            return await Security.SecuritySuite.RunAsync(options, Console.Out, cancellation.Token);
        }

        return options.Suite == "stats"
            ? await Statistics.StatsSuite.RunAsync(options, Console.Out, cancellation.Token)
            : await RunAsync(options, queries, Console.Out, cancellation.Token);
    }

    private static async Task<int> RunAsync(BenchmarkOptions options, IQueryCase[] queries, TextWriter output, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = LoadAverage();
        if (options.OnPostgres && options.DatabasePath is not null)
        {
            await Console.Error.WriteLineAsync("--database names a SQLite file; with --provider postgresql the data is in PostgreSQL (--postgres names the server).");
            return 2;
        }

        var postgres = options.OnPostgres ? await FullScalePostgres.OpenAsync(options.Postgres, output, cancellationToken) : null;
        using var database = postgres is null ? await FullScaleDatabase.OpenAsync(options.DatabasePath, output, cancellationToken) : null;
        var probes = new ServerProbes();
        await using var api = new BenchmarkHost(new(database?.FilePath ?? Path.Combine(Path.GetTempPath(), "party-benchmarks-unused.db"))
        {
            Probes = probes,
            Settings = postgres?.ApiSettings ?? [],
        });
        try
        {
            api.StartServer();
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The factory reports a failed start as a disposed provider; the API has already logged why.
            await Console.Error.WriteLineAsync($"The API did not start ({e.GetType().Name}); its own error is logged above.");
            return 2;
        }

        using var client = new GraphQLClient(api.Address, options.Concurrency, api.AdminKey);

        var floor = postgres?.Floor ?? new FloorDatabase(database!.ReadOnlyConnectionString, IsPostgres: false);
        var origin = postgres is null ? database!.Origin : await postgres.SeedDescriptionAsync(cancellationToken);
        var benchmark = new QueryBenchmark(client, probes, floor, options, output);
        var results = new List<CaseResult>();
        foreach (var query in queries)
        {
            results.Add(await benchmark.RunAsync(query, cancellationToken));
        }

        output.WriteLine();
        output.WriteLine("PartyOrg GraphQL API at full scale: GraphQL over HTTP against a hand-written ADO.NET floor");
        output.WriteLine($"Machine:  {Machine()}");
        output.WriteLine($"Load:     1-minute load average {loadAtStart} at start, {LoadAverage()} at the end (anything else running on the machine inflates every number)");
        output.WriteLine($"Database: {origin}");
        output.WriteLine($"API:      in-process Kestrel at {api.Address} (Production), client HttpClient over loopback HTTP/1.1; floor in-process, {floor.Provider}");
        output.WriteLine();
        BenchmarkReport.Write(output, results, options);
        if (options.ShowSql)
        {
            await SqlReport.WriteAsync(output, results, floor, cancellationToken);
        }

        output.WriteLine($"Total run time {total.Elapsed.TotalSeconds:0} s.");
        return results.All(r => r.Differences.Count == 0) ? 0 : 1;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    internal static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var configuration = typeof(BenchmarkApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration;
        return $"{Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}, {RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {configuration} build";
    }
}

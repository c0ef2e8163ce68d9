using System.Globalization;

namespace PartyOrg.Benchmarks;

/// <summary>The command line: which database to measure and how many requests to send.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage =
        "Options: [--database <path to a full-scale party.db; generated there if missing>] [--warmup N] [--requests N] " +
        "[--concurrency N] [--seconds N] [--series-seconds N] [--query hierarchy|strongest]... [--show-sql] [--suite queries|stats|subscriptions|security|partners|soak|http] " +
        "[--subscribers N] [--webhooks N] [--minutes N] [--postgres <login connection string>] [--provider sqlite|postgresql]";

    /// <summary>A full-scale database to reuse; null seeds a fresh one in a temporary folder.</summary>
    public string? DatabasePath { get; init; }

    private readonly int? _warmup;
    private readonly int? _requests;

    public int Warmup { get => _warmup ?? 20; init => _warmup = value; }

    public int Requests { get => _requests ?? 200; init => _requests = value; }

    public int Concurrency { get; init; } = 8;

    private readonly TimeSpan? _loadDuration;

    public TimeSpan LoadDuration { get => _loadDuration ?? TimeSpan.FromSeconds(10); init => _loadDuration = value; }

    /// <summary>Subscribers of the partners suite (null: its default, 10,000).</summary>
    public int? Subscribers { get; init; }

    /// <summary>Webhooks of the partners suite (null: its default, 100).</summary>
    public int? Webhooks { get; init; }

    /// <summary>How long one sequential series may take before it stops short of <see cref="Requests"/>.</summary>
    public TimeSpan SeriesBudget { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The queries to measure, by short name; empty measures all.</summary>
    public IReadOnlyList<string> Queries { get; init; } = [];

    /// <summary>Print each query's SQL, from the API and from the floor, with SQLite's plan.</summary>
    public bool ShowSql { get; init; }

    /// <summary>How long <c>--suite soak</c> keeps the load on.</summary>
    public int SoakMinutes { get; init; } = 10;

    /// <summary>Where the queries suite runs the API and its floor: SQLite (the default) or PostgreSQL (<see cref="Postgres"/>'s server).</summary>
    public bool OnPostgres { get; init; }

    /// <summary>A PostgreSQL login allowed to create databases, for <c>--suite soak</c> and <c>--provider postgresql</c> (default: the role scripts/postgres.sh makes).</summary>
    public string Postgres { get; init; } = Soak.SoakDatabase.DefaultLogin;

    /// <summary>"queries" (the default: hierarchy and strongest branches), "stats", "subscriptions", "security", "partners", "soak" or "http" (the folders of those names).</summary>
    public string Suite { get; init; } = "queries";

    /// <summary>The warm-up count given on the command line, else a suite's own default.</summary>
    public int WarmupOr(int suiteDefault) => _warmup ?? suiteDefault;

    /// <summary>The <c>--seconds</c> given on the command line, else a suite's own default.</summary>
    public TimeSpan SecondsOr(int suiteDefault) => _loadDuration ?? TimeSpan.FromSeconds(suiteDefault);

    /// <summary>The request count given on the command line, else a suite's own default.</summary>
    public int RequestsOr(int suiteDefault) => _requests ?? suiteDefault;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--database" => options with { DatabasePath = Value(args, ref i) },
                "--warmup" => options with { Warmup = Count(args, ref i, minimum: 0) },
                "--requests" => options with { Requests = Count(args, ref i, minimum: 1) },
                "--concurrency" => options with { Concurrency = Count(args, ref i, minimum: 1) },
                "--seconds" => options with { LoadDuration = TimeSpan.FromSeconds(Count(args, ref i, minimum: 1)) },
                "--series-seconds" => options with { SeriesBudget = TimeSpan.FromSeconds(Count(args, ref i, minimum: 1)) },
                "--query" => options with { Queries = [.. options.Queries, Value(args, ref i)] },
                "--show-sql" => options with { ShowSql = true },
                "--suite" => options with { Suite = SuiteName(args, ref i) },
                "--subscribers" => options with { Subscribers = Count(args, ref i, minimum: 1) },
                "--webhooks" => options with { Webhooks = Count(args, ref i, minimum: 1) },
                "--minutes" => options with { SoakMinutes = Count(args, ref i, minimum: 1) },
                "--postgres" => options with { Postgres = Value(args, ref i) },
                "--provider" => options with { OnPostgres = Provider(args, ref i) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. {Usage}"),
            };
        }

        return options;
    }

    private static string SuiteName(IReadOnlyList<string> args, ref int i) =>
        Value(args, ref i) is var suite && suite is "queries" or "stats" or "subscriptions" or "security" or "partners" or "soak" or "http"
            ? suite
            : throw new ArgumentException($"Option '--suite' takes queries, stats, subscriptions, security, partners, soak or http. {Usage}");

    private static bool Provider(IReadOnlyList<string> args, ref int i) =>
        Value(args, ref i).ToUpperInvariant() switch
        {
            "SQLITE" => false,
            "POSTGRESQL" => true,
            var other => throw new ArgumentException($"Option '--provider' takes sqlite or postgresql, got '{other.ToLowerInvariant()}'. {Usage}"),
        };

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"Option '{args[i]}' needs a value. {Usage}");
        }

        return args[++i];
    }

    private static int Count(IReadOnlyList<string> args, ref int i, int minimum)
    {
        var option = args[i];
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"Option '{option}' needs a whole number of at least {minimum}, got '{text}'.");
    }
}

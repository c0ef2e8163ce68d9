namespace PartyOrg.Benchmarks.Hosting;

/// <summary>How a <see cref="BenchmarkHost"/> runs the API: on which file, with which limits, probes and settings.</summary>
/// <param name="DatabaseFile">The SQLite file; several hosts in this process may share one.</param>
public sealed record BenchmarkHostOptions(string DatabaseFile)
{
    /// <summary>
    /// Lifts the request and rate limits (<see cref="BenchmarkAccess.LiftLimits"/>), since most suites measure the
    /// whole hierarchy and thousands of requests a minute on purpose; off keeps the production limits.
    /// </summary>
    public bool LiftLimits { get; init; } = true;

    /// <summary>When set, the API's statements, query compilations, execution and serialisation are timed into these.</summary>
    public ServerProbes? Probes { get; init; }

    /// <summary>Configuration applied last, such as <c>Changes:Redis</c> or <c>Security:RateLimits:Enabled=false</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];
}

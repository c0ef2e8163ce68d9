using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Commands;

/// <summary>What the process was asked to do.</summary>
public enum CommandKind
{
    /// <summary>Serve the GraphQL API (no command given).</summary>
    Serve,

    /// <summary>Show the help of a command; nothing runs.</summary>
    Help,

    /// <summary>Regenerate the database.</summary>
    Seed,

    /// <summary>Write the printed schema to standard output.</summary>
    SchemaPrint,

    /// <summary>Rewrite the schema file.</summary>
    SchemaWrite,

    /// <summary>Recompute the statistics rollups from the base tables.</summary>
    StatsRecompute,

    /// <summary>Make a release of the protected figures now.</summary>
    StatsRelease,

    /// <summary>Create, list or revoke API keys.</summary>
    Keys,
}

/// <summary>A parsed command line: the command, its options, and the arguments left for host configuration.</summary>
public sealed record Invocation(CommandKind Kind)
{
    /// <summary>Configuration for the host, such as <c>--urls http://…</c> or <c>--Database:Provider=SqlServer</c>.</summary>
    public IReadOnlyList<string> HostArguments { get; init; } = [];

    /// <summary>The help asked for with <c>--help</c>, as it is printed.</summary>
    public string? HelpText { get; init; }

    /// <summary>The <c>--scale</c> option of <c>seed</c>; the configured scale when absent.</summary>
    public SeedScale? Scale { get; init; }

    /// <summary>The <c>--seed</c> option of <c>seed</c>; the configured seed when absent.</summary>
    public int? Seed { get; init; }

    /// <summary>The path given to <c>schema write</c>; schema.graphql at the repository root when absent.</summary>
    public string? SchemaPath { get; init; }

    /// <summary>The <c>--as-of</c> option of <c>stats recompute</c>: the date ages are computed at; the data's date when absent.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>What <c>keys</c> was asked to do.</summary>
    public KeysRequest? Keys { get; init; }

    public bool Serves => Kind == CommandKind.Serve;
}

using System.CommandLine;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Commands;

/// <summary>The commands, their options and their help; each command binds what it parsed into an <see cref="Invocation"/>.</summary>
internal static class CommandTree
{
    public static RootCommand Create(Action<Invocation> bind)
    {
        var root = new RootCommand(
            "Serves the GraphQL API over Inner Mongolia's Party-organisation hierarchy when no command is given. Configuration " +
            "arguments such as '--urls http://127.0.0.1:8080' or '--Database:Provider=SqlServer' go to the host, with or without a command.")
        {
            Seed(bind),
            Stats(bind),
            Schema(bind),
            KeysCommandLine.Create(bind),
        };

        // A first argument '--version' has always been host configuration; only help is added to what the host reads.
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        return root;
    }

    private static Command Seed(Action<Invocation> bind)
    {
        var scale = CommandOptions.Text("--scale", "demo|full", "demo (3,700 branches) or full (74,000); Seed:Scale when absent.", "demo or full");
        var seed = CommandOptions.Integer("--seed", "N", "The generator's seed: the same seed gives the same rows; Seed:Seed when absent.");
        var command = new Command("seed", "Regenerates the whole database, its keys included.") { scale, seed };
        command.SetAction(result => bind(new Invocation(CommandKind.Seed)
        {
            Scale = result.GetValue(scale) is { } text ? SeedScales.Parse(text) : null,
            Seed = result.GetValue(seed),
        }));
        return command;
    }

    private static Command Stats(Action<Invocation> bind)
    {
        var asOf = CommandOptions.Date("--as-of", "The date ages are computed at; the data's date (Seed:AsOf) when absent.", "2026-07-01");
        var recompute = new Command("recompute", "Recomputes every statistics rollup from the base tables.") { asOf };
        recompute.SetAction(result => bind(new Invocation(CommandKind.StatsRecompute) { AsOf = result.GetValue(asOf) }));
        var release = new Command("release", "Makes a release of the protected figures (noised, for third-party roles) from the rollups now, whatever Privacy:ReleaseHours says.");
        release.SetAction(_ => bind(new Invocation(CommandKind.StatsRelease)));
        return new Command("stats", "Maintains the statistics rollups and their releases.") { recompute, release };
    }

    private static Command Schema(Action<Invocation> bind)
    {
        var print = new Command("print", "Writes the schema, printed from the code, to standard output.");
        print.SetAction(_ => bind(new Invocation(CommandKind.SchemaPrint)));
        var path = new Argument<string?>("path")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = $"The file to write; {SchemaCommand.FileName} at the repository root when absent.",
        };
        var write = new Command("write", "Rewrites the schema file from the code.") { path };
        write.SetAction(result => bind(new Invocation(CommandKind.SchemaWrite) { SchemaPath = result.GetValue(path) }));
        return new Command("schema", "The published GraphQL contract.") { print, write };
    }
}

using System.Diagnostics;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Commands;

/// <summary>Runs what the command line asked for on the composed application.</summary>
public static class CommandRunner
{
    /// <summary>Commands write their result to standard output, so their logs go to standard error.</summary>
    public static void ConfigureLogging(WebApplicationBuilder builder, Invocation invocation)
    {
        if (!invocation.Serves)
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }
    }

    public static async Task<int> RunAsync(WebApplication app, Invocation invocation, TextWriter output, CancellationToken cancellationToken)
    {
        switch (invocation.Kind)
        {
            case CommandKind.Seed:
                return await SeedCommand.RunAsync(app.Services, invocation, output, cancellationToken);
            case CommandKind.StatsRecompute:
                await output.WriteLineAsync((await app.Services.GetRequiredService<RollupStore>().RecomputeAsync(invocation.AsOf, cancellationToken)).ToString());
                return 0;
            case CommandKind.StatsRelease:
                await output.WriteLineAsync(ReleaseReport.Of(await app.Services.GetRequiredService<StatisticsReleaser>().ReleaseAsync(cancellationToken)));
                return 0;
            case CommandKind.Keys:
                return await KeysCommand.RunAsync(app.Services, invocation, output, cancellationToken);
            case CommandKind.SchemaPrint:
            case CommandKind.SchemaWrite:
                return await SchemaCommand.RunAsync(app.Services, invocation, output, cancellationToken);
            case CommandKind.Serve:
                await app.RunAsync(cancellationToken);
                return 0;
            default:
                // Help is printed before a host is built, so that bad configuration cannot hide it.
                throw new UnreachableException($"'{invocation.Kind}' is not run on a host.");
        }
    }
}

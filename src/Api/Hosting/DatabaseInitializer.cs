using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Hosting;

/// <summary>Creates the schema and seeds the demo data on first start, and makes the first statistics release.</summary>
public sealed partial class DatabaseInitializer(
    DatabaseSeeder seeder,
    SeedSettings seed,
    StatisticsReleaser releaser,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await seeder.EnsureSeededAsync(seed.Scale, seed.Seed, seed.AsOf, cancellationToken);
        if (report is not null)
        {
            LogSeeded(logger, report);
        }

        // Third-party roles read protected figures only from a release: there is one before the first request.
        if (await releaser.ReleaseIfDueAsync(cancellationToken) is { } release)
        {
            LogReleased(logger, release.Number, release.Mechanism, release.Epsilon);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Report}")]
    private static partial void LogSeeded(ILogger logger, SeedReport report);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the protected figures as release {Number} ({Mechanism} mechanism, epsilon {Epsilon} per count).")]
    private static partial void LogReleased(ILogger logger, int number, string mechanism, double epsilon);
}

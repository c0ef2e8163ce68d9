using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Hosting;

/// <summary>Creates the schema and seeds the demo data on first start.</summary>
public sealed partial class DatabaseInitializer(
    DatabaseSeeder seeder,
    SeedSettings seed,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await seeder.EnsureSeededAsync(seed.Scale, seed.Seed, seed.AsOf, cancellationToken);
        if (report is not null)
        {
            LogSeeded(logger, report);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Report}")]
    private static partial void LogSeeded(ILogger logger, SeedReport report);
}

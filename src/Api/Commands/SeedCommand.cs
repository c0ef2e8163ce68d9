using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Commands;

/// <summary><c>seed [--scale demo|full] [--seed N]</c>: regenerates the whole database.</summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Invocation invocation, TextWriter output, CancellationToken cancellationToken)
    {
        var configured = services.GetRequiredService<SeedSettings>();
        var seeder = services.GetRequiredService<DatabaseSeeder>();
        var report = await seeder.SeedAsync(
            invocation.Scale ?? configured.Scale,
            invocation.Seed ?? configured.Seed,
            configured.AsOf,
            cancellationToken);
        await output.WriteLineAsync(report.ToString());
        return 0;
    }
}

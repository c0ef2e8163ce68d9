namespace PartyOrg.Api.Hosting;

/// <summary>Registers what the service adds to the domain's services when it serves.</summary>
public static class SeedingRegistration
{
    /// <summary>Creates and seeds the database before the server starts listening.</summary>
    public static IServiceCollection AddSeedingOnStart(this IServiceCollection services)
    {
        // The web server's hosted service is appended after ours, so requests never meet an empty database.
        services.AddHostedService<DatabaseInitializer>();
        services.AddHostedService<StatisticsReleaseJob>();
        return services;
    }
}

using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Hosting;

/// <summary>Registers the database access the API and the commands share.</summary>
public static class DatabaseRegistration
{
    /// <summary>
    /// A context factory rather than a scoped context: sibling root fields resolve in parallel,
    /// and one context cannot run two operations at once.
    /// </summary>
    public static IServiceCollection AddPartyDatabase(this IServiceCollection services, ServiceSettings settings)
    {
        services.AddSingleton(settings);
        // Interceptors registered in the container (a statement counter in tests, tracing in production) join every context.
        services.AddDbContextFactory<PartyDbContext>((provider, options) =>
        {
            DatabaseProvider.Configure(options, settings.Database, settings.ConnectionString);
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddSingleton<DatabaseSeeder>();
        services.AddSingleton<RollupStore>();
        return services;
    }

    /// <summary>Creates and seeds the database before the server starts listening.</summary>
    public static IServiceCollection AddSeedingOnStart(this IServiceCollection services)
    {
        // The web server's hosted service is appended after ours, so requests never meet an empty database.
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}

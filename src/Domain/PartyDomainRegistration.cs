using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Domain;

/// <summary>Registers the domain's services: the database, the division directory, the generator, the rollups, the change services and the key store.</summary>
public static class PartyDomainRegistration
{
    /// <summary>
    /// A context factory rather than a scoped context: sibling root fields resolve in parallel,
    /// and one context cannot run two operations at once. The factory pools its contexts: every batch of
    /// every request takes one, and building a context anew (its services, its connection object) cost
    /// about a tenth of a statistics request's CPU. A context's state (tracking, transaction, command
    /// timeout) is reset when it goes back to the pool.
    /// </summary>
    public static IServiceCollection AddPartyDomain(this IServiceCollection services, PartyDomainOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(options.Seed);
        // Interceptors registered in the container (a statement counter in tests, tracing in production) join every context.
        void Configure(IServiceProvider provider, DbContextOptionsBuilder builder)
        {
            DatabaseProvider.Configure(builder, options.Database, options.ConnectionString);
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        }

        if (DatabaseProvider.IsPostgreSql(options.Database))
        {
            // PostgreSQL's context is a subclass (its own migrations); everything else asks for the base type.
            services.AddPooledDbContextFactory<PostgresPartyDbContext>(Configure);
            services.AddSingleton<IDbContextFactory<PartyDbContext>, PostgresContexts>();
        }
        else
        {
            services.AddPooledDbContextFactory<PartyDbContext>(Configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DivisionDirectory>();
        services.AddSingleton<DatabaseSeeder>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddSingleton<RollupStore>();
        services.AddSingleton(options.Privacy);
        services.AddSingleton<StatisticsReleaser>();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<ChangeRunner>();
        services.AddSingleton<MemberChanges>();
        services.AddSingleton<MemberUpdates>();
        services.AddSingleton<BranchChanges>();
        services.AddSingleton<BranchRatings>();
        services.AddSingleton<VillageAssignments>();
        services.AddSingleton<VillageFactChanges>();
        services.AddSingleton<SuggestionChanges>();
        services.AddSingleton<PracticalMatterChanges>();
        services.AddSingleton<ServiceProjectChanges>();
        return services;
    }
}

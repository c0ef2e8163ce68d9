using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Transport.Http;
using PartyOrg.Domain;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Hosting;

/// <summary>The service's configuration, bound and checked once at start so bad values stop it before it serves.</summary>
public sealed record ServiceSettings(PartyDomainOptions Domain, GraphQLHttpOptions Http, PagingOptions Paging)
{
    /// <summary>Binds the sections and resolves the connection string; throws <see cref="ConfigurationException"/> with one clear message.</summary>
    public static ServiceSettings Load(IConfiguration configuration, string contentRoot)
    {
        var database = Bind<DatabaseOptions>(configuration, DatabaseOptions.Section, "Provider, ConnectionString, DataDirectory and FileName are strings");
        var seedOptions = Bind<SeedOptions>(configuration, SeedOptions.Section, "Seed:Seed is an integer and Seed:AsOf a date such as 2026-07-01");
        var http = Bind<GraphQLHttpOptions>(configuration, GraphQLHttpOptions.Section, "GraphQL:MaxRequestBytes is a whole number of bytes");
        if (http.MaxRequestBytes <= 0)
        {
            throw new ConfigurationException(
                $"GraphQL:MaxRequestBytes must be a positive number of bytes, got {http.MaxRequestBytes}.");
        }

        var paging = Bind<PagingOptions>(configuration, PagingOptions.Section, "Paging:DefaultPageSize, MaxPageSize and MaxNodeIds are whole numbers");
        if (paging.DefaultPageSize < 1 || paging.MaxPageSize < paging.DefaultPageSize || paging.MaxNodeIds < 1)
        {
            throw new ConfigurationException(
                $"Paging needs 1 <= DefaultPageSize <= MaxPageSize and MaxNodeIds >= 1, got DefaultPageSize {paging.DefaultPageSize}, " +
                $"MaxPageSize {paging.MaxPageSize}, MaxNodeIds {paging.MaxNodeIds}.");
        }

        var privacy = Bind<PrivacyOptions>(configuration, PrivacyOptions.Section, "Privacy:Epsilon and ReleaseHours are numbers, Secret a string");
        privacy.Validate();
        var connectionString = DatabaseProvider.ResolveConnectionString(database, contentRoot);
        var seed = new SeedSettings(SeedScales.Parse(seedOptions.Scale), seedOptions.Seed, seedOptions.AsOf);
        return new ServiceSettings(new PartyDomainOptions(database, connectionString, seed) { Privacy = privacy }, http, paging);
    }

    private static T Bind<T>(IConfiguration configuration, string section, string expectation)
        where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key but not what a valid value looks like.
            throw new ConfigurationException($"{e.Message} Expected: {expectation}.");
        }
    }
}

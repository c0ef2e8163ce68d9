using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema;
using PartyOrg.Domain;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Tests.Support;

/// <summary>The services the schema is composed from, as the API registers them; the in-memory database is never opened.</summary>
public static class SchemaServices
{
    public static ServiceProvider Build() =>
        new ServiceCollection()
            .AddLogging()
            .AddPartyDomain(new PartyDomainOptions(new DatabaseOptions(), "Data Source=:memory:", new SeedSettings(SeedScale.Demo, 2023, new DateOnly(2026, 7, 1))))
            .AddPartySchema(new PagingOptions())
            .BuildServiceProvider();
}

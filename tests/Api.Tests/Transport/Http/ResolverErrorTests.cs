using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Http;

/// <summary>A database marked as seeded but without its region, so the <c>region</c> resolver throws.</summary>
public sealed class RegionlessProductionApi : ApiFactory
{
    public RegionlessProductionApi()
    {
        var connectionString = DatabaseProvider.ResolveConnectionString(new DatabaseOptions { DataDirectory = DataDirectory }, DataDirectory);
        using var db = new PartyDbContext(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(connectionString).Options);
        db.Database.EnsureCreated();
        db.SeedInfo.Add(new SeedInfo { Id = 1, Scale = "demo", Seed = 1, AsOf = new DateOnly(2026, 7, 1) });
        db.SaveChanges();
    }

    protected override string EnvironmentName => "Production";

    // Without divisions no key can be scoped: its clients are anonymous.
    protected override Role? ClientRole => null;
}

public sealed class ResolverErrorTests(RegionlessProductionApi api) : IClassFixture<RegionlessProductionApi>
{
    [Fact]
    public async Task Resolver_exception_outside_development_reveals_no_details()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { code } }"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"data\":{\"region\":null}", text, StringComparison.Ordinal);
        Assert.Contains("Error trying to resolve field \\u0027region\\u0027.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sequence contains no elements", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
    }
}

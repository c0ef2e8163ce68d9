using System.Text.Json;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// Statistics with a key confined to one banner: the banner's and those below it as the admin reads them (for roles
/// below organizer, every figure but the protected ones, which come from a release), none above or beside it.
/// </summary>
public sealed class ScopeStatisticsTests(ScopeApi api) : IClassFixture<ScopeApi>
{
    [Theory]
    [InlineData(Role.Dashboard)]
    [InlineData(Role.Partner)]
    [InlineData(Role.Organizer)]
    public async Task The_stats_of_the_banner_and_of_divisions_inside_it_equal_the_admins(Role role)
    {
        var rows = await api.RowsAsync();
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var statistics = (IComplexGraphType)schema.AllTypes["Statistics"]!;
        var every = PartyOrg.Api.Security.Access.ReadsReleased(role)
            ? string.Join(' ', AccessRules.Fields(statistics).Where(f => !PartyOrg.Api.Security.Access.IsProtected(f) && f.Name != "source")
                .Select(f => f.Name + AccessPaths.Arguments(statistics, f) + (f.Name == "branchesBy" ? " { key count share }" : "")))
            : AccessPaths.Selection(statistics);

        foreach (var code in new[] { ScopeApi.Banner, rows.Inside.Township, rows.Inside.Village })
        {
            var query = $"{{ division(code: \"{code}\") {{ stats {{ {every} }} }} }}";
            var mine = ScopeApi.Data(await api.AsBannerAsync(query, role: role)).GetProperty("division").GetProperty("stats");
            Assert.Equal(ScopeApi.Data(await api.AsAdminAsync(query)).GetProperty("division").GetProperty("stats").GetRawText(), mine.GetRawText());
        }

        await using var db = api.OpenDatabase();
        var members = ScopeApi.Data(await api.AsBannerAsync($"{{ division(code: \"{ScopeApi.Banner}\") {{ stats {{ memberCount branchCount }} }} }}", role: role))
            .GetProperty("division").GetProperty("stats");
        Assert.Equal(await db.Members.CountAsync(m => m.VillageCode.StartsWith(ScopeApi.Banner)), members.GetProperty("memberCount").GetInt32());
        Assert.Equal(await db.Branches.CountAsync(b => b.VillageCode.StartsWith(ScopeApi.Banner)), members.GetProperty("branchCount").GetInt32());
    }

    [Fact]
    public async Task The_stats_of_the_league_the_region_and_other_banners_are_out_of_reach()
    {
        var data = ScopeApi.Data(await api.AsBannerAsync(
            $$"""
            {
              region { stats { memberCount } }
              league: division(code: "{{ScopeApi.League}}") { stats { memberCount } }
              sibling: division(code: "{{ScopeApi.Sibling}}") { stats { memberCount } }
              outside: division(code: "{{ScopeApi.Outside}}") { stats { memberCount } }
              leagues { nodes { stats { memberCount } } }
              banners { nodes { code stats { memberCount } } }
            }
            """));

        foreach (var field in new[] { "region", "league", "sibling", "outside" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
        }

        Assert.Empty(data.GetProperty("leagues").GetProperty("nodes").EnumerateArray());
        Assert.Equal([ScopeApi.Banner], data.GetProperty("banners").GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>Connections under many parents at once: each parent gets its own page of its own children.</summary>
public sealed class NestedPagingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Each_league_gets_its_own_first_page_of_banners()
    {
        var leagues = await LeaguesAsync("banners(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { code } }");
        var expected = await BannersByLeagueAsync();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), leagues.Select(l => l.Code));
        Assert.All(leagues, l => Assert.Equal(expected[l.Code].Take(3), l.Codes));
        Assert.All(leagues, l => Assert.Equal(expected[l.Code].Count, l.TotalCount));
        Assert.All(leagues, l => Assert.Equal(expected[l.Code].Count > 3, l.HasNextPage));
        Assert.All(leagues, l => Assert.False(l.HasPreviousPage));
    }

    [Fact]
    public async Task Each_league_gets_its_own_last_page_of_banners()
    {
        var leagues = await LeaguesAsync("banners(last: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { code } }");
        var expected = await BannersByLeagueAsync();

        Assert.All(leagues, l => Assert.Equal(expected[l.Code].TakeLast(2), l.Codes));
        Assert.All(leagues, l => Assert.Equal(expected[l.Code].Count > 2, l.HasPreviousPage));
        Assert.All(leagues, l => Assert.False(l.HasNextPage));
    }

    [Fact]
    public async Task Filter_and_order_apply_to_each_league_separately()
    {
        var leagues = await LeaguesAsync(
            "banners(where: {kind: {eq: BANNER}}, order: [{name: DESC}], first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { code } }");
        await using var db = api.OpenDatabase();
        var banners = (await db.Banners.ToListAsync()).Where(b => b.Kind == BannerKind.Banner).ToList();

        Assert.All(leagues, l => Assert.Equal(
            banners.Where(b => b.LeagueCode == l.Code).OrderByDescending(b => b.Name, StringComparer.Ordinal).ThenByDescending(b => b.Code, StringComparer.Ordinal).Select(b => b.Code).Take(2),
            l.Codes));
        Assert.All(leagues, l => Assert.Equal(banners.Count(b => b.LeagueCode == l.Code), l.TotalCount));
    }

    [Fact]
    public async Task Aliases_with_different_arguments_under_the_same_parents_get_their_own_pages()
    {
        var body = await api.QueryAsync("{ region { leagues(first: 12) { nodes { code a: banners(first: 1) { nodes { code } } z: banners(last: 1) { nodes { code } } } } } }");
        var expected = await BannersByLeagueAsync();

        foreach (var league in body.GetProperty("data").GetProperty("region").GetProperty("leagues").GetProperty("nodes").EnumerateArray())
        {
            var code = league.GetProperty("code").GetString()!;
            Assert.Equal([expected[code][0]], Codes(league.GetProperty("a")));
            Assert.Equal([expected[code][^1]], Codes(league.GetProperty("z")));
        }
    }

    private async Task<List<LeaguePage>> LeaguesAsync(string banners)
    {
        var body = await api.QueryAsync($"{{ region {{ leagues(first: 12) {{ nodes {{ code {banners} }} }} }} }}");
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. body.GetProperty("data").GetProperty("region").GetProperty("leagues").GetProperty("nodes").EnumerateArray().Select(l =>
        {
            var connection = l.GetProperty("banners");
            var info = connection.GetProperty("pageInfo");
            return new LeaguePage(l.GetProperty("code").GetString()!, Codes(connection), connection.GetProperty("totalCount").GetInt32(),
                info.GetProperty("hasNextPage").GetBoolean(), info.GetProperty("hasPreviousPage").GetBoolean());
        })];
    }

    private async Task<Dictionary<string, List<string>>> BannersByLeagueAsync()
    {
        await using var db = api.OpenDatabase();
        return (await db.Banners.ToListAsync()).GroupBy(b => b.LeagueCode)
            .ToDictionary(g => g.Key, g => g.Select(b => b.Code).Order(StringComparer.Ordinal).ToList());
    }

    private static List<string> Codes(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!)];

    private sealed record LeaguePage(string Code, List<string> Codes, int TotalCount, bool HasNextPage, bool HasPreviousPage);
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The flat lists with a key confined to one banner: narrowed to the banner whatever <c>within</c> and <c>where</c> ask,
/// equal to what an admin sees within the banner, and a <c>within</c> outside it refused exactly like an unknown code.
/// </summary>
public sealed class ScopeListTests(ScopeApi api) : IClassFixture<ScopeApi>
{
    /// <summary>Each flat list and how to read the division code its rows lie under.</summary>
    public static TheoryData<string, string> Lists { get; } = new()
    {
        { "leagues", "code" },
        { "banners", "code" },
        { "townships", "code" },
        { "villages", "code" },
        { "branches", "id village { code }" },
        { "members", "id branch { village { code } }" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_without_within_holds_exactly_the_rows_an_admin_sees_within_the_banner(string list, string code)
    {
        var expected = Page.Of(await api.AsAdminAsync(Query(list, code, $"within: \"{ScopeApi.Banner}\"")), list);

        var page = Page.Of(await api.AsBannerAsync(Query(list, code, "")), list);

        Assert.Equal(expected, page);
        Assert.All(page.Codes, c => Assert.StartsWith(ScopeApi.Banner, c, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_within_above_the_banner_is_narrowed_to_it_and_a_within_inside_it_is_kept(string list, string code)
    {
        var rows = await api.RowsAsync();
        var banner = Page.Of(await api.AsAdminAsync(Query(list, code, $"within: \"{ScopeApi.Banner}\"")), list);
        var township = Page.Of(await api.AsAdminAsync(Query(list, code, $"within: \"{rows.Inside.Township}\"")), list);

        foreach (var within in new[] { ScopeApi.Region, ScopeApi.League, ScopeApi.Banner })
        {
            Assert.Equal(banner, Page.Of(await api.AsBannerAsync(Query(list, code, $"within: \"{within}\"")), list));
        }

        Assert.Equal(township, Page.Of(await api.AsBannerAsync(Query(list, code, $"within: \"{rows.Inside.Township}\"")), list));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_within_outside_the_banner_is_refused_like_an_unknown_code(string list, string code)
    {
        var rows = await api.RowsAsync();
        var unknown = ScopeApi.Refusal(await api.AsBannerAsync(Query(list, code, $"within: \"{ScopeApi.Unknown}\"")), ScopeApi.Unknown);
        Assert.Equal("UNKNOWN_DIVISION", unknown.Code);

        foreach (var within in new[] { ScopeApi.Outside, ScopeApi.Sibling, ScopeApi.OtherLeague, rows.Outside.Township, rows.Outside.Village })
        {
            var body = await api.AsBannerAsync(Query(list, code, $"within: \"{within}\""));
            Assert.Equal(unknown, ScopeApi.Refusal(body, within));
            Assert.Null(AccessPaths.At(body, [list]));
        }
    }

    [Fact]
    public async Task A_filter_that_matches_rows_outside_still_finds_only_rows_inside()
    {
        await using var db = api.OpenDatabase();
        var villagesInside = await db.Villages.CountAsync(v => v.Code.StartsWith(ScopeApi.Banner));
        var branchesInside = await db.Branches.CountAsync(b => b.VillageCode.StartsWith(ScopeApi.Banner));
        var membersInside = await db.Members.CountAsync(m => m.VillageCode.StartsWith(ScopeApi.Banner));

        var data = ScopeApi.Data(await api.AsBannerAsync(
            $$"""
            {
              outside: villages(where: { code: { startsWith: "{{ScopeApi.Outside}}" } }) { totalCount nodes { code } }
              all: villages(where: { code: { startsWith: "15" } }) { totalCount }
              townships(where: { bannerCode: { in: ["{{ScopeApi.Outside}}", "{{ScopeApi.Sibling}}"] } }) { totalCount }
              banners(where: { leagueCode: { neq: "none" } }) { totalCount nodes { code } }
              branches(where: { or: [{ villageCode: { startsWith: "{{ScopeApi.Outside}}" } }, { villageCode: { startsWith: "{{ScopeApi.Banner}}" } }] }) { totalCount }
              members(where: { villageCode: { startsWith: "15" } }) { totalCount }
              outsideMembers: members(where: { villageCode: { startsWith: "{{ScopeApi.Outside}}" } }) { totalCount nodes { id } }
            }
            """));

        Assert.Equal((0, 0), (data.GetProperty("outside").GetProperty("totalCount").GetInt32(), data.GetProperty("outside").GetProperty("nodes").GetArrayLength()));
        Assert.Equal(villagesInside, data.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("townships").GetProperty("totalCount").GetInt32());
        Assert.Equal([ScopeApi.Banner], data.GetProperty("banners").GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(branchesInside, data.GetProperty("branches").GetProperty("totalCount").GetInt32());
        Assert.Equal(membersInside, data.GetProperty("members").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("outsideMembers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_banner_has_branches_and_members_and_the_lists_count_them_as_the_database_does()
    {
        await using var db = api.OpenDatabase();
        var counts = ScopeApi.Data(await api.AsBannerAsync("{ townships { totalCount } villages { totalCount } branches { totalCount } members { totalCount } }"));

        Assert.Equal(await db.Townships.CountAsync(t => t.BannerCode == ScopeApi.Banner), counts.GetProperty("townships").GetProperty("totalCount").GetInt32());
        Assert.Equal(await db.Villages.CountAsync(v => v.Code.StartsWith(ScopeApi.Banner)), counts.GetProperty("villages").GetProperty("totalCount").GetInt32());
        Assert.InRange(counts.GetProperty("branches").GetProperty("totalCount").GetInt32(), 1, int.MaxValue);
        Assert.Equal(await db.Branches.CountAsync(b => b.VillageCode.StartsWith(ScopeApi.Banner)), counts.GetProperty("branches").GetProperty("totalCount").GetInt32());
        Assert.Equal(await db.Members.CountAsync(m => m.VillageCode.StartsWith(ScopeApi.Banner)), counts.GetProperty("members").GetProperty("totalCount").GetInt32());
        Assert.InRange(counts.GetProperty("members").GetProperty("totalCount").GetInt32(), 1, int.MaxValue);
    }

    private static string Query(string list, string code, string within) =>
        $"{{ {list}(first: 50{(within.Length > 0 ? ", " + within : "")}) {{ totalCount nodes {{ {code} }} }} }}";

    /// <summary>A list's total and its first page: each row's ID (or code) and the division code it lies under, in order.</summary>
    private sealed record Page(int Total, IReadOnlyList<string> Keys, IReadOnlyList<string> Codes)
    {
        public static Page Of(JsonElement body, string list)
        {
            var connection = ScopeApi.Data(body).GetProperty(list);
            var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();
            return new Page(connection.GetProperty("totalCount").GetInt32(),
                [.. nodes.Select(n => n.TryGetProperty("id", out var id) ? id.GetString()! : CodeOf(n))], [.. nodes.Select(CodeOf)]);
        }

        public bool Equals(Page? other) => other is not null && Total == other.Total && Keys.SequenceEqual(other.Keys) && Codes.SequenceEqual(other.Codes);

        public override int GetHashCode() => Total;

        public override string ToString() => $"{Total}: {string.Join(", ", Keys)}";

        private static string CodeOf(JsonElement node) =>
            node.TryGetProperty("code", out var code) ? code.GetString()! : node.TryGetProperty("village", out var village) ? CodeOf(village) : CodeOf(node.GetProperty("branch"));
    }
}

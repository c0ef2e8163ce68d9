using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>A <c>where</c> on a nested connection selects, under each parent, what the flat connection selects within that parent.</summary>
public sealed class NestedConnectionFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private FilterHarness Harness => FilterHarness.Of(api);

    [Fact]
    public async Task Region_leagues_where_equals_flat_leagues()
    {
        const string Where = """{ nameEn: { endsWith: "League" } }""";

        var data = await Harness.DataAsync($"{{ region {{ leagues(where: {Where}) {{ totalCount nodes {{ code }} }} }} }}");

        var nested = Codes(data.GetProperty("region").GetProperty("leagues"));
        var flat = await Harness.SelectAsync(RowKinds.Leagues, Where);
        Assert.Equal(flat.Keys.Order(), nested.Order());
        Assert.Equal(3, nested.Count);
    }

    [Fact]
    public async Task League_banners_where_equals_flat_banners_within_each_league()
    {
        const string Where = "{ kind: { in: [BANNER, AUTONOMOUS_BANNER] } }";

        var data = await Harness.DataAsync($"{{ leagues(first: 50) {{ nodes {{ code banners(where: {Where}, first: 50) {{ totalCount nodes {{ code }} }} }} }} }}");

        var banners = await Harness.Rows.BannersAsync();
        var nested = await AssertEachParentAsync(data.GetProperty("leagues"), "banners", RowKinds.Banners, Where);
        Assert.Equal(banners.Where(b => b.Kind is BannerKind.Banner or BannerKind.AutonomousBanner).Select(b => b.Code).Order(), nested.Order());
    }

    [Fact]
    public async Task Banner_townships_where_equals_flat_townships_within_each_banner()
    {
        const string Where = "{ kind: { eq: TOWN }, isEthnic: { eq: false } }";

        var data = await Harness.DataAsync(
            $$"""{ banners(where: { leagueCode: { eq: "150100" } }, first: 50) { nodes { code townships(where: {{Where}}, first: 50) { totalCount nodes { code } } } } }""");

        var townships = await Harness.Rows.TownshipsAsync();
        var nested = await AssertEachParentAsync(data.GetProperty("banners"), "townships", RowKinds.Townships, Where);
        var expected = townships.Where(t => t.Code.StartsWith("1501", StringComparison.Ordinal) && t.Kind == TownshipKind.Town && !t.IsEthnic);
        Assert.Equal(expected.Select(t => t.Code).Order(), nested.Order());
    }

    [Fact]
    public async Task Township_villages_where_with_a_list_filter_equals_flat_villages()
    {
        const string Where = "{ committee: { some: { source: { eq: GRADUATE } } } }";

        var data = await Harness.DataAsync(
            $$"""{ townships(within: "150124", first: 50) { nodes { code villages(where: {{Where}}, first: 50) { totalCount nodes { code } } } } }""");

        var villages = await Harness.Rows.VillagesAsync();
        var nested = await AssertEachParentAsync(data.GetProperty("townships"), "villages", RowKinds.Villages, Where);
        var expected = villages.Where(v => v.Code.StartsWith("150124", StringComparison.Ordinal) && v.Committee.Any(c => c.Source == CommitteeSource.Graduate));
        Assert.Equal(expected.Select(v => v.Code).Order(), nested.Order());
    }

    [Fact]
    public async Task Village_branches_where_equals_flat_branches_within_each_village()
    {
        const string Where = "{ sector: { neq: RURAL } }";

        var data = await Harness.DataAsync(
            $$"""{ villages(within: "150124100", first: 50) { nodes { code branches(where: {{Where}}, first: 50) { totalCount nodes { id } } } } }""");

        var branches = await Harness.Rows.BranchesAsync();
        var nested = await AssertEachParentAsync(data.GetProperty("villages"), "branches", RowKinds.Branches, Where);
        var expected = branches.Where(b => b.VillageCode.StartsWith("150124100", StringComparison.Ordinal) && b.Sector != BranchSector.Rural);
        Assert.Equal(expected.Select(b => RowKinds.Key(b.Id)).Order(), nested.Order());
        Assert.NotEmpty(nested);
    }

    [Fact]
    public async Task Branch_members_where_probationary_equals_flat_members_of_each_branch()
    {
        const string Where = "{ status: { eq: PROBATIONARY } }";

        var data = await Harness.DataAsync(
            $$"""{ branches(within: "150124", first: 50) { nodes { id members(where: {{Where}}, first: 50) { totalCount nodes { id } } } } }""");
        var flat = await Harness.DataAsync(
            $$"""{ members(where: {{Where}}, within: "150124", first: 50) { totalCount pageInfo { hasNextPage } nodes { id branch { id } } } }""");

        var members = await Harness.Rows.MembersAsync();
        var flatByBranch = flat.GetProperty("members").GetProperty("nodes").EnumerateArray()
            .ToLookup(n => n.GetProperty("branch").GetProperty("id").GetString()!, n => RowKinds.KeyOf(n.GetProperty("id").GetString()!, "Member"));
        Assert.False(flat.GetProperty("members").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var total = 0;
        foreach (var branch in data.GetProperty("branches").GetProperty("nodes").EnumerateArray())
        {
            var id = branch.GetProperty("id").GetString()!;
            var nested = Keys(branch.GetProperty("members"), "Member");
            var branchKey = long.Parse(RowKinds.KeyOf(id, "Branch"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(flatByBranch[id].Order(), nested.Order());
            Assert.Equal(members.Where(m => m.BranchId == branchKey && m.Status == MemberStatus.Probationary).Select(m => RowKinds.Key(m.Id)).Order(), nested.Order());
            total += nested.Count;
        }

        Assert.Equal(flat.GetProperty("members").GetProperty("totalCount").GetInt32(), total);
        Assert.True(total > 0);
    }

    [Fact]
    public async Task Sibling_connections_with_different_filters_each_apply_their_own()
    {
        var data = await Harness.DataAsync("""
            {
              banners(where: { leagueCode: { eq: "150100" } }, first: 50) {
                nodes {
                  code
                  towns: townships(where: { kind: { eq: TOWN } }, first: 50) { nodes { code } }
                  others: townships(where: { kind: { neq: TOWN } }, first: 50) { nodes { code } }
                }
              }
            }
            """);

        var townships = await Harness.Rows.TownshipsAsync();
        foreach (var banner in data.GetProperty("banners").GetProperty("nodes").EnumerateArray())
        {
            var code = banner.GetProperty("code").GetString();
            var own = townships.Where(t => t.BannerCode == code).ToList();
            Assert.Equal(own.Where(t => t.Kind == TownshipKind.Town).Select(t => t.Code).Order(), Codes(banner.GetProperty("towns")).Order());
            Assert.Equal(own.Where(t => t.Kind != TownshipKind.Town).Select(t => t.Code).Order(), Codes(banner.GetProperty("others")).Order());
        }
    }

    [Fact]
    public async Task Branch_meetings_where_kind_and_date_select_the_matching_meetings()
    {
        var from = new DateOnly(2026, 1, 1);
        var data = await Harness.DataAsync("""
            {
              branches(within: "150124", first: 50) {
                nodes { id meetings(where: { kind: { in: [MEMBERS_MEETING, PARTY_LECTURE] }, heldOn: { gte: "2026-01-01" } }, first: 50) { totalCount nodes { heldOn kind } } }
              }
            }
            """);

        var meetings = (await Harness.Rows.MeetingsAsync()).ToLookup(m => m.BranchId);
        var total = 0;
        foreach (var branch in data.GetProperty("branches").GetProperty("nodes").EnumerateArray())
        {
            var id = long.Parse(RowKinds.KeyOf(branch.GetProperty("id").GetString()!, "Branch"), System.Globalization.CultureInfo.InvariantCulture);
            var expected = meetings[id]
                .Where(m => m.Kind is MeetingKind.MembersMeeting or MeetingKind.PartyLecture && m.HeldOn >= from)
                .Select(m => $"{m.HeldOn:yyyy-MM-dd} {EnumNames.Of(m.Kind)}").Order().ToList();
            var actual = branch.GetProperty("meetings");
            Assert.Equal(expected.Count, actual.GetProperty("totalCount").GetInt32());
            Assert.Equal(expected, actual.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("heldOn").GetString()} {n.GetProperty("kind").GetString()}").Order().ToList());
            total += expected.Count;
        }

        Assert.True(total > 0);
    }

    /// <summary>
    /// For each parent of a connection's nodes, asserts that the nested child connection holds the rows
    /// the flat connection returns within that parent, in one page; returns them all.
    /// </summary>
    private async Task<List<string>> AssertEachParentAsync<T>(JsonElement parents, string child, RowKind<T> kind, string where)
    {
        var all = new List<string>();
        foreach (var parent in parents.GetProperty("nodes").EnumerateArray())
        {
            var nested = parent.GetProperty(child);
            var keys = Keys(nested, kind.NodeType);
            var flat = await Harness.SelectAsync(kind, where, parent.GetProperty("code").GetString());
            Assert.Equal(flat.TotalCount, nested.GetProperty("totalCount").GetInt32());
            Assert.Equal(flat.Keys.Order(), keys.Order());
            all.AddRange(keys);
        }

        return all;
    }

    private static List<string> Codes(JsonElement connection) => Keys(connection, null);

    private static List<string> Keys(JsonElement connection, string? nodeType) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => nodeType is null
            ? n.GetProperty("code").GetString()!
            : RowKinds.KeyOf(n.GetProperty("id").GetString()!, nodeType))];
}

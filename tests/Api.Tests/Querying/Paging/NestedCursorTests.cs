using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>
/// Cursors in nested connections, on the village of Jining (集宁区) with the most branches and its
/// township. A cursor is a position in the order, so under several parents it bounds each of them.
/// </summary>
public sealed class NestedCursorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Walking_one_village_branch_by_branch_yields_all_its_branches()
    {
        var (village, branches) = await BusiestVillageAsync();

        var pages = await Walk.ForwardAsync(api, $"division(code: \"{village}\") {{ ... on Village {{ branches(ARGS) {{ SELECTION }} }} }}", ["division", "branches"], "id", 1);

        Assert.Equal(branches.Select(id => NodeId.Encode("Branch", id)), pages.SelectMany(p => p.Keys));
    }

    [Fact]
    public async Task After_a_branch_cursor_each_village_of_the_township_continues_past_that_branch()
    {
        var (village, branches) = await BusiestVillageAsync();
        var township = village[..9];
        var first = await Walk.PageAsync(api, $"division(code: \"{village}\") {{ ... on Village {{ branches(ARGS) {{ SELECTION }} }} }}", ["division", "branches"], "id", "first: 1");

        var body = await api.QueryAsync(
            "query($code: String!, $cursor: String) { division(code: $code) { ... on Township { villages(first: 50) { totalCount nodes { code branches(first: 1, after: $cursor) { nodes { id } } } } } } }",
            new { code = township, cursor = first.EndCursor });

        await using var db = api.OpenDatabase();
        var all = await db.Branches.Where(b => b.VillageCode.StartsWith(township)).ToListAsync();
        var villages = body.GetProperty("data").GetProperty("division").GetProperty("villages");
        Assert.True(villages.GetProperty("totalCount").GetInt32() <= 50, "Every village of the township should be on the page.");
        foreach (var node in villages.GetProperty("nodes").EnumerateArray())
        {
            var code = node.GetProperty("code").GetString()!;
            var expected = all.Where(b => b.VillageCode == code && b.Id > branches[0]).OrderBy(b => b.Id).Take(1).Select(b => NodeId.Encode("Branch", b.Id));
            Assert.Equal(expected, node.GetProperty("branches").GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task After_the_first_branch_of_a_village_comes_its_second()
    {
        var (village, branches) = await BusiestVillageAsync();
        var connection = $"division(code: \"{village}\") {{ ... on Village {{ branches(ARGS) {{ SELECTION }} }} }}";
        var first = await Walk.PageAsync(api, connection, ["division", "branches"], "id", "first: 1");

        var second = await Walk.PageAsync(api, connection, ["division", "branches"], "id", "first: 1, after: $cursor", first.EndCursor);

        Assert.Equal([NodeId.Encode("Branch", branches[1])], second.Keys);
        Assert.True(second.HasPreviousPage);
        Assert.True(second.HasNextPage);
    }

    /// <summary>The village under Jining with the most branches (at least three), and its branch IDs in order.</summary>
    private async Task<(string Village, List<long> Branches)> BusiestVillageAsync()
    {
        await using var db = api.OpenDatabase();
        var branches = await db.Branches.Where(b => b.VillageCode.StartsWith("150902")).ToListAsync();
        var busiest = branches.GroupBy(b => b.VillageCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        Assert.True(busiest.Count() >= 3, "The demo data should give some village of Jining three branches.");
        return (busiest.Key, [.. busiest.Select(b => b.Id).Order()]);
    }
}

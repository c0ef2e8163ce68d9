using System.Text.Json;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>
/// Field cost, type cost, page size and node IDs at their defaults: the limit itself is served, one more is refused
/// naming both. Costs follow <c>OperationCostRule</c>: a root field or connection costs 10, another object field 1,
/// a scalar 0, each times the parents it resolves under; type cost counts objects; a page is its <c>first</c>,
/// other lists assume 10.
/// </summary>
public sealed class CostLimitTests(DefaultLimitsApi api) : IClassFixture<DefaultLimitsApi>
{
    /// <summary>
    /// a: leagues 10 + nodes 1 + 44 × banners 10 = 451 (type 1 + 44 + 44 = 89);
    /// b: 10 + 1 + 50 × 10 = 511 (type 1 + 50 + 50 = 101);
    /// c: leagues 10 + nodes 1 + n × stats 1 = 11 + n (type 1 + n + n).
    /// With n = 27 the field cost is 451 + 511 + 38 = 1000 (type 245).
    /// </summary>
    private static string FieldCost(int n) => $$"""
        { a: leagues(first: 44) { nodes { banners(first: 1) { totalCount } } }
          b: leagues(first: 50) { nodes { banners(first: 1) { totalCount } } }
          c: leagues(first: {{n}}) { nodes { stats { memberCount } } } }
        """;

    /// <summary>
    /// a: leagues 1 + nodes 50 + 50 × ancestors 10 = 551 objects (field cost 10 + 1 + 50 = 61);
    /// b: 1 + 40 + 400 = 441 (field cost 51); c: leagues 1 + nodes n = 1 + n (field cost 11).
    /// With n = 7 the type cost is 551 + 441 + 8 = 1000 (field cost 123).
    /// </summary>
    private static string TypeCost(int n) => $$"""
        { a: leagues(first: 50) { nodes { ancestors { code } } }
          b: leagues(first: 40) { nodes { ancestors { code } } }
          c: leagues(first: {{n}}) { nodes { code } } }
        """;

    [Fact]
    public async Task A_field_cost_of_1000_is_served()
    {
        var data = (await api.QueryAsync(FieldCost(27))).Served();

        Assert.Equal(12, data.GetProperty("c").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_field_cost_of_1001_is_refused_naming_the_limit_and_the_cost()
    {
        var body = await api.QueryAsync(FieldCost(28));

        var extensions = body.Refused("HC0047");
        Assert.Equal("The maximum allowed field cost was exceeded.", body.FirstErrorMessage());
        Assert.Equal((1001d, 1000d), (extensions.Number("fieldCost"), extensions.Number("maxFieldCost")));
    }

    [Fact]
    public async Task A_type_cost_of_1000_is_served()
    {
        var data = (await api.QueryAsync(TypeCost(7))).Served();

        Assert.Equal(7, data.GetProperty("c").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_type_cost_of_1001_is_refused_naming_the_limit_and_the_cost()
    {
        var body = await api.QueryAsync(TypeCost(8));

        var extensions = body.Refused("HC0047");
        Assert.Equal("The maximum allowed type cost was exceeded.", body.FirstErrorMessage());
        Assert.Equal((1001d, 1000d), (extensions.Number("typeCost"), extensions.Number("maxTypeCost")));
    }

    [Theory]
    [InlineData("first")]
    [InlineData("last")]
    public async Task A_page_of_50_is_served(string argument)
    {
        var data = (await api.QueryAsync($"{{ banners({argument}: 50) {{ nodes {{ code }} }} }}")).Served();

        Assert.Equal(50, data.GetProperty("banners").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("{ banners(first: 51) { nodes { code } } }", "Query.banners")]
    [InlineData("{ banners(last: 51) { nodes { code } } }", "Query.banners")]
    [InlineData("{ leagues(first: 1) { nodes { banners(first: 51) { totalCount } } } }", "League.banners")]
    public async Task A_page_of_51_is_refused_naming_the_limit_the_request_and_the_field(string query, string field)
    {
        var extensions = (await api.QueryAsync(query)).Refused("HC0051");

        Assert.Equal((51d, 50d), (extensions.Number("requestedItems"), extensions.Number("maxAllowedItems")));
        Assert.Equal(field, extensions.Text("field"));
    }

    [Fact]
    public async Task A_page_size_in_a_variable_is_checked_too()
    {
        var body = await api.QueryAsync("query($n: Int) { banners(first: $n) { totalCount } }", new { n = 51 });

        Assert.Equal(51, body.Refused("HC0051").Number("requestedItems"));
    }

    [Fact]
    public async Task Fifty_node_ids_are_served()
    {
        var ids = await BannerIdsAsync(50);

        var data = (await api.QueryAsync($"{{ nodes(ids: {JsonSerializer.Serialize(ids)}) {{ id }} }}")).Served();

        Assert.Equal(ids, data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Fifty_one_node_ids_are_refused_naming_the_limit_and_the_count()
    {
        var ids = await BannerIdsAsync(50);

        var extensions = (await api.QueryAsync($"{{ nodes(ids: {JsonSerializer.Serialize(ids.Append(ids[0]))}) {{ id }} }}")).Refused("HC0076");

        Assert.Equal((51d, 50d), (extensions.Number("requestedNodes"), extensions.Number("maxAllowedNodes")));
    }

    [Fact]
    public async Task Node_ids_in_a_variable_are_counted_too()
    {
        var ids = await BannerIdsAsync(50);

        var body = await api.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = ids.Append(ids[1]).ToArray() });

        Assert.Equal(51, body.Refused("HC0076").Number("requestedNodes"));
    }

    private async Task<List<string>> BannerIdsAsync(int count)
    {
        var data = (await api.QueryAsync($"{{ banners(first: {count}) {{ nodes {{ id }} }} }}")).Served();
        return [.. data.GetProperty("banners").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }
}

using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.RealData;

/// <summary><c>within</c> narrows a flat connection to one division's subtree.</summary>
public sealed class WithinTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Banners_within_hinggan_league_are_its_six_county_level_units()
    {
        var nodes = await NodesAsync("banners(within: \"152200\") { nodes { code name } }", "banners");

        Assert.Equal(
            [("152201", "乌兰浩特市"), ("152202", "阿尔山市"), ("152221", "科尔沁右翼前旗"), ("152222", "科尔沁右翼中旗"), ("152223", "扎赉特旗"), ("152224", "突泉县")],
            nodes.Select(n => (n.GetProperty("code").GetString(), n.GetProperty("name").GetString())));
    }

    [Fact]
    public async Task Villages_within_a_township_are_its_villages()
    {
        var nodes = await NodesAsync("villages(within: \"150902008\", first: 50) { nodes { code township { code } } }", "villages");

        Assert.Equal(14, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("150902008", n.GetProperty("township").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Within_the_region_is_everything()
    {
        var body = await api.QueryAsync("{ banners(within: \"150000\") { totalCount } }");

        Assert.Equal(108, body.GetProperty("data").GetProperty("banners").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Leagues_within_a_league_are_that_league()
    {
        var nodes = await NodesAsync("leagues(within: \"152200\") { nodes { code } }", "leagues");

        Assert.Equal(["152200"], nodes.Select(n => n.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Branches_and_members_within_a_village_are_those_of_its_branches()
    {
        var body = await api.QueryAsync(
            """
            { branches(within: "150902008022") { totalCount }
              members(within: "150902008022") { totalCount }
              division(code: "150902008022") { ... on Village { branches(first: 50) { totalCount nodes { members { totalCount } } } } } }
            """);

        var data = body.GetProperty("data");
        var own = data.GetProperty("division").GetProperty("branches");
        Assert.Equal(own.GetProperty("totalCount").GetInt32(), data.GetProperty("branches").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            own.GetProperty("nodes").EnumerateArray().Sum(b => b.GetProperty("members").GetProperty("totalCount").GetInt32()),
            data.GetProperty("members").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("152299")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task Code_of_no_division_is_refused_with_UNKNOWN_DIVISION(string code)
    {
        var body = await api.QueryAsync("query($code: String) { banners(within: $code) { totalCount } }", new { code });

        Assert.Equal("UNKNOWN_DIVISION", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("152299")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task Code_of_no_division_is_refused_listing_UNKNOWN_DIVISION_among_the_codes(string code)
    {
        var body = await api.QueryAsync("query($code: String) { banners(within: $code) { totalCount } }", new { code });

        var error = body.GetProperty("errors")[0];
        Assert.Equal($"There is no division with the code '{code}'.", error.GetProperty("message").GetString());
        Assert.Equal(["UNKNOWN_DIVISION"], error.GetProperty("extensions").GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    private async Task<List<JsonElement>> NodesAsync(string connection, string field)
    {
        var body = await api.QueryAsync($"{{ {connection} }}");
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. body.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray()];
    }
}

using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.RealData;

/// <summary>察哈尔社区居民委员会 (150902008022) in 泉山街道, 集宁区, 乌兰察布市: one real community from the leaf up.</summary>
public sealed class ChaharCommunityTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Chahar = "150902008022";

    [Fact]
    public async Task Code_150902008022_is_the_chahar_community_a_village_level_community()
    {
        var division = await DivisionAsync("__typename code name level ... on Village { kind }");

        Assert.Equal("Village", division.GetProperty("__typename").GetString());
        Assert.Equal(Chahar, division.GetProperty("code").GetString());
        Assert.Equal("察哈尔社区居民委员会", division.GetProperty("name").GetString());
        Assert.Equal("VILLAGE", division.GetProperty("level").GetString());
        Assert.Equal("COMMUNITY", division.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Its_ancestors_run_from_the_region_to_quanshan_subdistrict()
    {
        var division = await DivisionAsync("ancestors { __typename code name }");

        Assert.Equal(
            [("Region", "150000", "内蒙古自治区"), ("League", "150900", "乌兰察布市"), ("Banner", "150902", "集宁区"), ("Township", "150902008", "泉山街道")],
            division.GetProperty("ancestors").EnumerateArray().Select(a =>
                (a.GetProperty("__typename").GetString(), a.GetProperty("code").GetString(), a.GetProperty("name").GetString())));
    }

    [Fact]
    public async Task Its_parent_and_township_are_quanshan_subdistrict()
    {
        var division = await DivisionAsync("parent { __typename code name } ... on Village { township { code name kind } }");

        Assert.Equal("Township", division.GetProperty("parent").GetProperty("__typename").GetString());
        Assert.Equal("150902008", division.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal("泉山街道", division.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal("泉山街道", division.GetProperty("township").GetProperty("name").GetString());
        Assert.Equal("SUBDISTRICT", division.GetProperty("township").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task It_has_branches_at_demo_scale_all_located_in_it()
    {
        var division = await DivisionAsync("... on Village { branches(first: 50) { totalCount nodes { village { code } } } }");

        var branches = division.GetProperty("branches");
        Assert.True(branches.GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(branches.GetProperty("totalCount").GetInt32(), branches.GetProperty("nodes").GetArrayLength());
        Assert.All(branches.GetProperty("nodes").EnumerateArray(), b => Assert.Equal(Chahar, b.GetProperty("village").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Region_has_no_parent_and_no_ancestors()
    {
        var region = (await api.QueryAsync("{ region { parent { code } ancestors { code } } }")).GetProperty("data").GetProperty("region");

        Assert.Equal(JsonValueKind.Null, region.GetProperty("parent").ValueKind);
        Assert.Equal(0, region.GetProperty("ancestors").GetArrayLength());
    }

    [Fact]
    public async Task Code_of_no_division_gives_null()
    {
        var body = await api.QueryAsync("{ division(code: \"150902008999\") { code } }");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("division").ValueKind);
    }

    private async Task<JsonElement> DivisionAsync(string selection)
    {
        var body = await api.QueryAsync($"{{ division(code: \"{Chahar}\") {{ {selection} }} }}");
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty("division");
    }
}

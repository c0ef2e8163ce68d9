using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>Limits set by configuration instead of the defaults.</summary>
public sealed class ConfiguredLimitsApi : ApiFactory
{
    protected override bool DefaultLimits => true;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Security:RateLimits:Enabled", "false"),
        new("Security:Limits:MaxDepth", "5"),
        new("Security:Limits:MaxFieldCost", "20"),
        new("Security:Limits:AssumedListSize", "3"),
        new("Security:Limits:MaxAliases", "0"),
        new("Security:Limits:MaxRootFields", "2"),
    ];
}

public sealed class ConfiguredLimitTests(ConfiguredLimitsApi api) : IClassFixture<ConfiguredLimitsApi>
{
    [Fact]
    public async Task The_configured_depth_is_served()
    {
        var data = (await api.QueryAsync(ShapeLimitTests.ParentChain(3))).Served();

        // The village's township, banner and league: the league's code is selected.
        Assert.Equal("150900", data.GetProperty("division").GetProperty("parent").GetProperty("parent").GetProperty("parent").Text("code"));
    }

    [Fact]
    public async Task One_level_beyond_the_configured_depth_is_refused_naming_it()
    {
        var extensions = (await api.QueryAsync(ShapeLimitTests.ParentChain(4))).Refused("MAX_EXECUTION_DEPTH_EXCEEDED");

        Assert.Equal((5d, 6d), (extensions.Number("allowedExecutionDepth"), extensions.Number("detectedExecutionDepth")));
    }

    [Fact]
    public async Task The_configured_field_cost_is_applied()
    {
        // leagues 10 + nodes 1 = 11: served. region 10 + ancestors 1 + Region.leagues 10 = 21: refused.
        (await api.QueryAsync("{ leagues(first: 5) { nodes { code } } }")).Served();
        var extensions = (await api.QueryAsync("{ region { ancestors { code } leagues { totalCount } } }")).Refused("HC0047");

        Assert.Equal((21d, 20d), (extensions.Number("fieldCost"), extensions.Number("maxFieldCost")));
    }

    [Fact]
    public async Task The_configured_assumed_list_size_prices_lists_without_a_page()
    {
        // region: field 10, type 1; ancestors (assumed 3): field 1, type 3. Total 11 / 4.
        using var client = api.CreateClient();
        using var request = GraphQLHttp.PostQuery("{ region { ancestors { code } } }");
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        var cost = (await response.ReadJsonAsync()).GetProperty("extensions").GetProperty("operationCost");

        Assert.Equal((11d, 4d), (cost.Number("fieldCost"), cost.Number("typeCost")));
    }

    [Fact]
    public async Task Zero_aliases_refuses_any_alias()
    {
        (await api.QueryAsync("{ region { code } }")).Served();
        var extensions = (await api.QueryAsync("{ region { c: code } }")).Refused("MAX_ALIASES_EXCEEDED");

        Assert.Equal((1d, 0d), (extensions.Number("aliases"), extensions.Number("maxAliases")));
    }

    [Fact]
    public async Task The_configured_root_fields_are_applied()
    {
        (await api.QueryAsync("{ region { code } __typename }")).Served();
        var body = await api.QueryAsync("{ region { code } __typename division(code: \"152200\") { code } }");

        var extensions = body.Refused("MAX_ROOT_FIELDS_EXCEEDED");
        Assert.Equal((3d, 2d), (extensions.Number("rootFields"), extensions.Number("maxRootFields")));
    }
}

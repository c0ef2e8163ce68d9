using System.Net;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>The production request limits with their defaults; rate limits off so a class may send as many requests as it likes.</summary>
public sealed class DefaultLimitsApi : ApiFactory
{
    protected override bool DefaultLimits => true;

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Security:RateLimits:Enabled", "false")];
}

/// <summary>Depth, fields, aliases and root fields at their defaults: the limit itself is served, one more is refused naming both.</summary>
public sealed class ShapeLimitTests(DefaultLimitsApi api) : IClassFixture<DefaultLimitsApi>
{
    /// <summary><c>division</c>, then <paramref name="parents"/> nested <c>parent</c>s, then <c>code</c>: a depth of parents + 2.</summary>
    public static string ParentChain(int parents) =>
        $$"""{ division(code: "150902008022") { {{string.Concat(Enumerable.Repeat("parent { ", parents))}}code{{new string('}', parents)}} } }""";

    [Fact]
    public async Task A_depth_of_20_is_served()
    {
        var data = (await api.QueryAsync(ParentChain(18))).Served();

        // Village, township, banner, league, region: the region's parent is null, where the chain stops.
        var region = data.GetProperty("division").GetProperty("parent").GetProperty("parent").GetProperty("parent").GetProperty("parent");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, region.GetProperty("parent").ValueKind);
    }

    [Fact]
    public async Task A_depth_of_21_is_refused_naming_the_limit_and_the_depth()
    {
        using var client = api.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(ParentChain(19), GraphQLHttp.GraphQLResponse));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var extensions = body.Refused("MAX_EXECUTION_DEPTH_EXCEEDED");
        Assert.Equal((20d, 21d), (extensions.Number("allowedExecutionDepth"), extensions.Number("detectedExecutionDepth")));
        Assert.Equal("The GraphQL document has an execution depth of 21 which exceeds the max allowed execution depth of 20.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Fragments_count_toward_the_depth_where_they_are_spread()
    {
        var query = $$"""
            { division(code: "150902008022") { ...Up } }
            fragment Up on Division { {{string.Concat(Enumerable.Repeat("parent { ", 19))}}code{{new string('}', 19)}} }
            """;

        var extensions = (await api.QueryAsync(query)).Refused("MAX_EXECUTION_DEPTH_EXCEEDED");

        Assert.Equal(21, extensions.Number("detectedExecutionDepth"));
    }

    /// <summary><c>region</c> and <paramref name="codes"/> <c>code</c> fields below it: codes + 1 fields.</summary>
    private static string Fields(int codes) => $"{{ region {{ {string.Join(' ', Enumerable.Repeat("code", codes))} }} }}";

    [Fact]
    public async Task Two_thousand_fields_are_served()
    {
        var data = (await api.QueryAsync(Fields(1999))).Served();

        Assert.Equal("150000", data.GetProperty("region").Text("code"));
    }

    [Fact]
    public async Task Two_thousand_and_one_fields_are_refused_naming_the_limit_and_the_count()
    {
        var extensions = (await api.QueryAsync(Fields(2000))).Refused("MAX_FIELDS_EXCEEDED");

        Assert.Equal((2001d, 2000d), (extensions.Number("fields"), extensions.Number("maxFields")));
    }

    [Fact]
    public async Task Fields_are_counted_with_fragments_expanded()
    {
        // 1 (region) + 40 spreads × 50 codes = 2001 fields, in a document of a few hundred characters.
        var query = $$"""
            { region { {{string.Join(' ', Enumerable.Repeat("...F", 40))}} } }
            fragment F on Region { {{string.Join(' ', Enumerable.Repeat("code", 50))}} }
            """;

        var extensions = (await api.QueryAsync(query)).Refused("MAX_FIELDS_EXCEEDED");

        Assert.Equal(2001, extensions.Number("fields"));
    }

    private static string Aliases(int count) =>
        $"{{ region {{ {string.Join(' ', Enumerable.Range(1, count).Select(i => $"a{i}: code"))} }} }}";

    [Fact]
    public async Task Forty_aliases_are_served()
    {
        var data = (await api.QueryAsync(Aliases(40))).Served();

        Assert.Equal("150000", data.GetProperty("region").Text("a40"));
    }

    [Fact]
    public async Task Forty_one_aliases_are_refused_naming_the_limit_and_the_count()
    {
        var extensions = (await api.QueryAsync(Aliases(41))).Refused("MAX_ALIASES_EXCEEDED");

        Assert.Equal((41d, 40d), (extensions.Number("aliases"), extensions.Number("maxAliases")));
    }

    private static string RootFields(int count) =>
        $"{{ {string.Join(' ', Enumerable.Range(1, count).Select(i => $"r{i}: region {{ code }}"))} }}";

    [Fact]
    public async Task Twenty_root_fields_are_served()
    {
        var data = (await api.QueryAsync(RootFields(20))).Served();

        Assert.Equal("150000", data.GetProperty("r20").Text("code"));
    }

    [Fact]
    public async Task Twenty_one_root_fields_are_refused_naming_the_limit_and_the_count()
    {
        var extensions = (await api.QueryAsync(RootFields(21))).Refused("MAX_ROOT_FIELDS_EXCEEDED");

        Assert.Equal((21d, 20d), (extensions.Number("rootFields"), extensions.Number("maxRootFields")));
    }

    [Fact]
    public async Task Root_fields_in_inline_fragments_and_spreads_are_counted()
    {
        var query = $$"""
            { ... on Query { {{string.Join(' ', Enumerable.Range(1, 11).Select(i => $"a{i}: region {{ code }}"))}} } ...Roots }
            fragment Roots on Query { {{string.Join(' ', Enumerable.Range(1, 10).Select(i => $"b{i}: region {{ code }}"))}} }
            """;

        var extensions = (await api.QueryAsync(query)).Refused("MAX_ROOT_FIELDS_EXCEEDED");

        Assert.Equal(21, extensions.Number("rootFields"));
    }
}

using System.Net;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>
/// Filters the schema rejects are validation errors (HTTP 400); filters it accepts but that make no
/// sense, such as <c>in: null</c>, are INVALID_FILTER errors naming the operation.
/// </summary>
public sealed class InvalidFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private FilterHarness Harness => FilterHarness.Of(api);

    [Theory]
    [InlineData("{ nope: { eq: 1 } }", "nope")]
    [InlineData("""{ name: { like: "新%" } }""", "like")]
    [InlineData("""{ ratedYear: { eq: "2025" } }""", "Int")]
    [InlineData("""{ foundedOn: { gte: "2020-13-01" } }""", "Date")]
    [InlineData("{ rating: { eq: POOR } }", "BranchRating")]
    [InlineData("{ rectifications: { some: { rating: { eq: WEAK } } } }", "rating")]
    [InlineData("{ rectifications: { count: 1 } }", "count")]
    public async Task A_filter_the_schema_does_not_allow_is_a_validation_error(string where, string named)
    {
        var (status, body) = await Harness.SendAsync($"{{ branches(where: {where}) {{ totalCount }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", body.FirstErrorCode());
        Assert.Contains(named, body.FirstErrorMessage(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("name", "in")]
    [InlineData("name", "nin")]
    [InlineData("ratedYear", "in")]
    [InlineData("ratedYear", "nin")]
    [InlineData("foundedOn", "in")]
    [InlineData("rating", "in")]
    [InlineData("rating", "nin")]
    [InlineData("id", "in")]
    [InlineData("id", "nin")]
    public async Task A_null_list_is_an_invalid_filter(string field, string op)
    {
        var (status, body) = await Harness.SendAsync($"{{ branches(where: {{ {field}: {{ {op}: null }} }}) {{ totalCount }} }}");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertInvalidFilter(body, op);
    }

    [Theory]
    [InlineData("contains")]
    [InlineData("ncontains")]
    [InlineData("startsWith")]
    [InlineData("nstartsWith")]
    [InlineData("endsWith")]
    [InlineData("nendsWith")]
    public async Task A_null_text_pattern_is_an_invalid_filter(string op)
    {
        var (_, body) = await Harness.SendAsync($"{{ villages(where: {{ name: {{ {op}: null }} }}) {{ totalCount }} }}");

        AssertInvalidFilter(body, op);
    }

    [Theory]
    [InlineData("gt")]
    [InlineData("ngt")]
    [InlineData("gte")]
    [InlineData("ngte")]
    [InlineData("lt")]
    [InlineData("nlt")]
    [InlineData("lte")]
    [InlineData("nlte")]
    public async Task A_null_bound_is_an_invalid_filter(string op)
    {
        var (_, body) = await Harness.SendAsync($"{{ villages(where: {{ annualServiceFund: {{ {op}: null }} }}) {{ totalCount }} }}");

        AssertInvalidFilter(body, op);
    }

    [Fact]
    public async Task A_null_pattern_inside_a_list_filter_is_an_invalid_filter()
    {
        var (_, body) = await Harness.SendAsync("{ villages(where: { committee: { some: { name: { contains: null } } } }) { totalCount } }");

        AssertInvalidFilter(body, "contains");
    }

    [Fact]
    public async Task A_null_pattern_inside_an_or_is_an_invalid_filter()
    {
        var (_, body) = await Harness.SendAsync("""{ banners(where: { or: [{ name: { eq: "新城区" } }, { name: { or: [{ endsWith: null }] } }] }) { totalCount } }""");

        AssertInvalidFilter(body, "endsWith");
    }

    [Fact]
    public async Task A_null_pattern_in_variables_is_an_invalid_filter()
    {
        var (_, body) = await Harness.SendAsync(
            "query($where: BannerFilterInput) { banners(where: $where) { totalCount } }",
            new { where = new { name = new { contains = (string?)null } } });

        AssertInvalidFilter(body, "contains");
    }

    [Fact]
    public async Task An_invalid_filter_on_a_nested_connection_names_its_path()
    {
        var (_, body) = await Harness.SendAsync("""{ leagues(first: 1) { nodes { banners(where: { name: { startsWith: null } }) { totalCount } } } }""");

        AssertInvalidFilter(body, "startsWith");
        var path = body.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.ToString()).ToList();
        Assert.Equal(["leagues", "nodes", "0", "banners"], path);
    }

    [Fact]
    public async Task Eq_null_on_a_non_null_field_is_not_an_error_and_matches_nothing()
    {
        var count = await Harness.CountAsync(RowKinds.Branches, "{ rating: { eq: null }, name: { eq: null } }");

        Assert.Equal(0, count);
    }

    private static void AssertInvalidFilter(System.Text.Json.JsonElement body, string op)
    {
        Assert.Equal("INVALID_FILTER", body.FirstErrorCode());
        Assert.Contains($"'{op}'", body.FirstErrorMessage(), StringComparison.Ordinal);
    }
}

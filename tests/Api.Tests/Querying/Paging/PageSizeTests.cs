using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>The default page of 10 and the maximum of 50 (<c>Paging:DefaultPageSize</c>, <c>Paging:MaxPageSize</c>).</summary>
public sealed class PageSizeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Without_first_or_last_a_page_holds_ten_rows()
    {
        var page = await Walk.PageAsync(api, "banners ARGS { SELECTION }", ["banners"], "code", string.Empty);

        Assert.Equal(10, page.Keys.Count);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task Nested_connection_without_first_or_last_holds_ten_rows_per_parent()
    {
        var page = await Walk.PageAsync(api, "division(code: \"150700\") { ... on League { banners ARGS { SELECTION } } }", ["division", "banners"], "code", string.Empty);

        Assert.Equal((await Hulunbuir.CodesAsync(api))[..10], page.Keys);
        Assert.True(page.HasNextPage);
    }

    [Theory]
    [InlineData("first: 50")]
    [InlineData("last: 50")]
    public async Task Fifty_rows_is_the_largest_page_allowed(string arguments)
    {
        var page = await Walk.PageAsync(api, "banners(ARGS) { SELECTION }", ["banners"], "code", arguments);

        Assert.Equal(50, page.Keys.Count);
    }

    [Theory]
    [InlineData("banners(first: 51) { totalCount }")]
    [InlineData("banners(last: 51) { totalCount }")]
    [InlineData("region { leagues(first: 1) { nodes { banners(first: 51) { totalCount } } } }")]
    public async Task More_than_fifty_rows_is_refused_with_HC0051(string query)
    {
        var body = await api.QueryAsync($"{{ {query} }}");

        Assert.Equal("HC0051", body.FirstErrorCode());
        Assert.Equal("The maximum allowed items per page were exceeded.", body.FirstErrorMessage());
        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(51, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal(50, extensions.GetProperty("maxAllowedItems").GetInt32());
    }

    [Fact]
    public async Task A_refused_page_size_names_the_field_and_its_location_before_anything_runs()
    {
        var body = await api.QueryAsync("{ banners(first: 51) { totalCount } }");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("Query.banners", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(3, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
        Assert.False(body.TryGetProperty("data", out _));
    }
}

using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary><c>pageInfo</c> at the edges of a list: Hulunbuir's 14 county-level units, in code order.</summary>
public sealed class PageInfoTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task First_page_has_a_next_page_and_no_previous_page()
    {
        var page = await PageAsync("first: 5");

        Assert.Equal((await Hulunbuir.CodesAsync(api))[..5], page.Keys);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [Fact]
    public async Task Middle_page_has_a_next_and_a_previous_page()
    {
        var first = await PageAsync("first: 5");

        var page = await PageAsync("first: 5, after: $cursor", first.EndCursor);

        Assert.Equal((await Hulunbuir.CodesAsync(api))[5..10], page.Keys);
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task Last_page_has_a_previous_page_and_no_next_page()
    {
        var first = await PageAsync("first: 10");

        var page = await PageAsync("first: 5, after: $cursor", first.EndCursor);

        Assert.Equal((await Hulunbuir.CodesAsync(api))[10..], page.Keys);
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task Last_page_filled_exactly_has_no_next_page()
    {
        var first = await PageAsync("first: 7");

        var page = await PageAsync("first: 7, after: $cursor", first.EndCursor);

        Assert.Equal(7, page.Keys.Count);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Page_holding_every_row_has_neither_a_next_nor_a_previous_page()
    {
        var page = await PageAsync("first: 14");

        Assert.Equal(await Hulunbuir.CodesAsync(api), page.Keys);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [Fact]
    public async Task Empty_result_has_no_edges_no_cursors_and_no_pages_either_side()
    {
        var page = await Walk.PageAsync(api, "banners(within: \"150700\", where: {name: {eq: \"没有\"}}, ARGS) { SELECTION }", ["banners"], "code", "first: 5");

        Assert.Empty(page.Keys);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Null(page.StartCursor);
        Assert.Null(page.EndCursor);
    }

    [Fact]
    public async Task First_zero_returns_no_edges_but_a_next_page_and_the_total()
    {
        var page = await PageAsync("first: 0");

        Assert.Empty(page.Keys);
        Assert.Equal(14, page.TotalCount);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Null(page.StartCursor);
        Assert.Null(page.EndCursor);
    }

    [Fact]
    public async Task After_the_last_row_the_page_is_empty_with_a_previous_page()
    {
        var all = await PageAsync("first: 14");

        var page = await PageAsync("first: 5, after: $cursor", all.EndCursor);

        Assert.Empty(page.Keys);
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    private Task<Page> PageAsync(string arguments, string? cursor = null) => Hulunbuir.PageAsync(api, arguments, cursor);
}

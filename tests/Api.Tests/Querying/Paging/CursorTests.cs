using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>Where cursors and <c>last</c> put a page, on Hulunbuir's 14 county-level units in code order.</summary>
public sealed class CursorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Last_without_before_is_the_end_of_the_list_with_a_previous_page()
    {
        var page = await PageAsync("last: 5");

        Assert.Equal((await Hulunbuir.CodesAsync(api))[9..], page.Keys);
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task Last_before_reaching_the_start_has_a_next_page_and_no_previous_page()
    {
        var first = await PageAsync("first: 5");

        var page = await PageAsync("last: 5, before: $cursor", first.EndCursor);

        Assert.Equal((await Hulunbuir.CodesAsync(api))[..4], page.Keys);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [Fact]
    public async Task Start_and_end_cursors_are_the_cursors_of_the_first_and_last_edges()
    {
        var page = await PageAsync("first: 5");

        Assert.Equal(page.Cursors[0], page.StartCursor);
        Assert.Equal(page.Cursors[^1], page.EndCursor);
        Assert.Equal(5, page.Cursors.Distinct().Count());
    }

    [Fact]
    public async Task After_the_cursor_of_any_edge_the_page_continues_with_the_next_row()
    {
        var first = await PageAsync("first: 5");

        var page = await PageAsync("first: 3, after: $cursor", first.Cursors[2]);

        Assert.Equal((await Hulunbuir.CodesAsync(api))[3..6], page.Keys);
    }

    [Fact]
    public async Task Before_the_cursor_of_any_edge_the_page_ends_with_the_previous_row()
    {
        var all = await PageAsync("first: 14");

        var page = await PageAsync("last: 3, before: $cursor", all.Cursors[9]);

        Assert.Equal((await Hulunbuir.CodesAsync(api))[6..9], page.Keys);
    }

    [Fact]
    public async Task Between_an_after_and_a_before_cursor_come_exactly_the_rows_in_between()
    {
        var all = await PageAsync("first: 14");

        var page = await PageAsync($"first: 50, after: $cursor, before: \"{all.Cursors[8]}\"", all.Cursors[2]);

        Assert.Equal((await Hulunbuir.CodesAsync(api))[3..8], page.Keys);
    }

    [Fact]
    public async Task Cursors_are_stable_across_requests()
    {
        var once = await PageAsync("first: 5");

        var again = await PageAsync("first: 5");

        Assert.Equal(once.Cursors, again.Cursors);
    }

    private Task<Page> PageAsync(string arguments, string? cursor = null) => Hulunbuir.PageAsync(api, arguments, cursor);
}

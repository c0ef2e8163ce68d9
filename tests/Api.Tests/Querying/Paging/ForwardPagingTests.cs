using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>Paging forward with <c>first</c>/<c>after</c> through whole lists, small pages at a time.</summary>
public sealed class ForwardPagingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [MemberData(nameof(WalkCases.Names), MemberType = typeof(WalkCases))]
    public async Task Forward_pages_yield_every_row_once_in_order(string list)
    {
        var walk = await PrepareAsync(list);

        var pages = await Walk.ForwardAsync(api, walk.Connection, walk.Path, walk.Key, walk.Size);

        Assert.Equal(walk.Expected, pages.SelectMany(p => p.Keys));
    }

    [Theory]
    [MemberData(nameof(WalkCases.Names), MemberType = typeof(WalkCases))]
    public async Task Forward_pages_are_full_but_the_last_and_each_reports_the_total(string list)
    {
        var walk = await PrepareAsync(list);

        var pages = await Walk.ForwardAsync(api, walk.Connection, walk.Path, walk.Key, walk.Size);

        Assert.True(walk.Expected.Count > walk.Size, "The list should span more than one page.");
        Assert.All(pages, p => Assert.Equal(walk.Expected.Count, p.TotalCount));
        Assert.All(pages.SkipLast(1), p => Assert.Equal(walk.Size, p.Keys.Count));
        Assert.Equal((walk.Expected.Count + walk.Size - 1) / walk.Size, pages.Count);
    }

    [Theory]
    [MemberData(nameof(WalkCases.Names), MemberType = typeof(WalkCases))]
    public async Task Forward_pages_flag_a_previous_page_on_all_but_the_first_and_a_next_page_on_all_but_the_last(string list)
    {
        var walk = await PrepareAsync(list);

        var pages = await Walk.ForwardAsync(api, walk.Connection, walk.Path, walk.Key, walk.Size);

        Assert.Equal([false, .. Enumerable.Repeat(true, pages.Count - 1)], pages.Select(p => p.HasPreviousPage));
        Assert.Equal([.. Enumerable.Repeat(true, pages.Count - 1), false], pages.Select(p => p.HasNextPage));
    }

    private async Task<WalkCase> PrepareAsync(string list)
    {
        await using var db = api.OpenDatabase();
        return await WalkCases.PrepareAsync(db, list);
    }
}

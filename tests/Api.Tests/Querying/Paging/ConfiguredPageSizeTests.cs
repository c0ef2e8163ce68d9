using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>A host configured with pages of 3 by default and at most 5.</summary>
public sealed class SmallPagesApi : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Paging:DefaultPageSize", "3"), new("Paging:MaxPageSize", "5")];
}

public sealed class ConfiguredPageSizeTests(SmallPagesApi api) : IClassFixture<SmallPagesApi>
{
    [Fact]
    public async Task Configured_maximum_refuses_one_more_with_HC0051()
    {
        var body = await api.QueryAsync("{ banners(first: 6) { totalCount } }");

        Assert.Equal("HC0051", body.FirstErrorCode());
        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(6, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal(5, extensions.GetProperty("maxAllowedItems").GetInt32());
    }

    [Fact]
    public async Task Configured_maximum_is_allowed()
    {
        var page = await Walk.PageAsync(api, "banners(ARGS) { SELECTION }", ["banners"], "code", "first: 5");

        Assert.Equal(5, page.Keys.Count);
    }

    [Fact]
    public async Task Configured_default_sizes_a_page_without_first_or_last()
    {
        var page = await Walk.PageAsync(api, "banners ARGS { SELECTION }", ["banners"], "code", string.Empty);

        Assert.Equal(3, page.Keys.Count);
        Assert.True(page.HasNextPage);
    }
}

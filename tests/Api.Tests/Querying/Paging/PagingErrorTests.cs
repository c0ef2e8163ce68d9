using System.Text;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>Paging arguments that cannot be served get Hot Chocolate's error codes.</summary>
public sealed class PagingErrorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("first: -1")]
    [InlineData("last: -1")]
    public async Task Negative_page_size_is_refused_with_HC0079(string arguments)
    {
        var body = await api.QueryAsync($"{{ banners({arguments}) {{ totalCount }} }}");

        Assert.Equal("HC0079", body.FirstErrorCode());
        Assert.Equal(-1, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("requestedItems").GetInt32());
    }

    [Fact]
    public async Task First_and_last_together_are_refused_with_INVALID_PAGING_ARGUMENTS()
    {
        var body = await api.QueryAsync("{ banners(first: 2, last: 2) { totalCount } }");

        Assert.Equal("INVALID_PAGING_ARGUMENTS", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    public async Task Cursor_that_is_not_base64_is_refused_with_HC0078(string argument)
    {
        Assert.Equal("HC0078", await CursorErrorAsync("banners", argument, "not a cursor!"));
    }

    [Fact]
    public async Task Cursor_that_is_base64_but_not_ours_is_refused_with_HC0078()
    {
        Assert.Equal("HC0078", await CursorErrorAsync("banners", "after", Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"page\":2}"))));
    }

    [Fact]
    public async Task Cursor_from_another_order_is_refused_with_HC0078()
    {
        var byName = await Walk.PageAsync(api, "banners(order: [{name: ASC}], ARGS) { SELECTION }", ["banners"], "code", "first: 2");

        Assert.Equal("HC0078", await CursorErrorAsync("banners", "after", byName.EndCursor!));
    }

    [Fact]
    public async Task Cursor_from_a_list_with_numeric_keys_is_refused_with_HC0078()
    {
        var members = await Walk.PageAsync(api, "members(ARGS) { SELECTION }", ["members"], "id", "first: 2");

        Assert.Equal("HC0078", await CursorErrorAsync("banners", "before", members.EndCursor!));
    }

    [Fact]
    public async Task Bad_cursor_in_a_nested_connection_is_refused_with_HC0078()
    {
        var body = await api.QueryAsync("{ region { leagues(first: 1) { nodes { banners(after: \"not a cursor!\") { totalCount } } } } }");

        Assert.Equal("HC0078", body.FirstErrorCode());
    }

    private async Task<string?> CursorErrorAsync(string connection, string argument, string cursor)
    {
        var body = await api.QueryAsync($"query($cursor: String) {{ {connection}({argument}: $cursor) {{ totalCount }} }}", new { cursor });
        return body.FirstErrorCode();
    }
}

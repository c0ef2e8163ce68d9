using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>One page of a connection as the API answered it: the nodes' keys and the page info.</summary>
public sealed record Page(
    IReadOnlyList<string> Keys, IReadOnlyList<string> Cursors, bool HasNextPage, bool HasPreviousPage,
    string? StartCursor, string? EndCursor, int TotalCount);

/// <summary>
/// Reads connections and walks them page by page. A connection template names where the paging
/// arguments go (<c>ARGS</c>) and where the page's selection goes (<c>SELECTION</c>); the cursor is
/// the variable <c>$cursor</c>.
/// </summary>
public static class Walk
{
    public static string Selection(string key) =>
        $"totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ {key} }} }}";

    /// <summary>Sends one page request: <paramref name="arguments"/> replace <c>ARGS</c>.</summary>
    public static async Task<Page> PageAsync(ApiFactory api, string connection, string[] path, string key, string arguments, string? cursor = null)
    {
        // A declared variable that goes unused fails validation, so declare $cursor only where it is used.
        var variables = arguments.Contains("$cursor", StringComparison.Ordinal) ? "($cursor: String)" : string.Empty;
        var query = $"query{variables} {{ {connection.Replace("ARGS", arguments, StringComparison.Ordinal).Replace("SELECTION", Selection(key), StringComparison.Ordinal)} }}";
        return Read(await api.QueryAsync(query, new { cursor }), path, key);
    }

    /// <summary>Pages forward with <c>first</c>/<c>after</c> from the start until <c>hasNextPage</c> is false.</summary>
    public static async Task<IReadOnlyList<Page>> ForwardAsync(ApiFactory api, string connection, string[] path, string key, int size)
    {
        var pages = new List<Page>();
        string? cursor = null;
        do
        {
            var page = await PageAsync(api, connection, path, key, $"first: {size}, after: $cursor", cursor);
            pages.Add(page);
            cursor = page.EndCursor;
            Guard(pages, page, size);
        }
        while (pages[^1].HasNextPage);

        return pages;
    }

    /// <summary>Pages backward with <c>last</c>/<c>before</c> from the end until <c>hasPreviousPage</c> is false; pages in list order.</summary>
    public static async Task<IReadOnlyList<Page>> BackwardAsync(ApiFactory api, string connection, string[] path, string key, int size)
    {
        var pages = new List<Page>();
        string? cursor = null;
        do
        {
            var page = await PageAsync(api, connection, path, key, $"last: {size}, before: $cursor", cursor);
            pages.Insert(0, page);
            cursor = page.StartCursor;
            Guard(pages, page, size);
        }
        while (pages[0].HasPreviousPage);

        return pages;
    }

    public static Page Read(JsonElement body, string[] path, string key)
    {
        if (body.TryGetProperty("errors", out var errors))
        {
            Assert.Fail($"The API answered with errors: {errors}");
        }

        var connection = path.Aggregate(body.GetProperty("data"), (element, name) => element.GetProperty(name));
        var info = connection.GetProperty("pageInfo");
        var edges = connection.GetProperty("edges").EnumerateArray().ToList();
        return new Page(
            [.. edges.Select(e => KeyText(e.GetProperty("node").GetProperty(key)))],
            [.. edges.Select(e => e.GetProperty("cursor").GetString()!)],
            info.GetProperty("hasNextPage").GetBoolean(),
            info.GetProperty("hasPreviousPage").GetBoolean(),
            info.GetProperty("startCursor").GetString(),
            info.GetProperty("endCursor").GetString(),
            connection.GetProperty("totalCount").GetInt32());
    }

    private static string KeyText(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>A walk that never ends would hang the run: stop once it has read more pages than rows could fill.</summary>
    private static void Guard(List<Page> pages, Page page, int size)
    {
        Assert.True(page.Keys.Count <= size, $"A page of {size} returned {page.Keys.Count} rows.");
        Assert.True(pages.Count <= page.TotalCount / Math.Max(size, 1) + 2, $"The walk did not end after {pages.Count} pages of {page.TotalCount} rows.");
    }
}

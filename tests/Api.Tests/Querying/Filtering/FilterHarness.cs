using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>
/// A seeded host's client and the rows it was seeded with. One per <see cref="ApiFactory"/>, so a test
/// class starts its host and reads its database once however many tests it has.
/// </summary>
internal sealed class FilterHarness
{
    private const int PageSize = 50;

    private static readonly ConditionalWeakTable<ApiFactory, FilterHarness> Harnesses = [];

    private readonly HttpClient _client;

    private FilterHarness(ApiFactory api)
    {
        // Creating the client starts the host, which seeds its database before it serves.
        _client = api.CreateClient();
        Rows = new SeededRows(api.OpenDatabase);
    }

    public SeededRows Rows { get; }

    public static FilterHarness Of(ApiFactory api) => Harnesses.GetValue(api, a => new FilterHarness(a));

    /// <summary>
    /// Asserts that <paramref name="where"/> selects what <paramref name="expected"/> selects from the seeded
    /// rows: the region-wide totalCount, and every key — region-wide, or within <paramref name="within"/>
    /// (a banner or township code) when the region-wide set is too large to page through.
    /// </summary>
    /// <returns>How many rows matched region-wide, and how many there are.</returns>
    public async Task<Matched> AssertSameAsLinqAsync<T>(RowKind<T> kind, string where, Func<T, bool> expected, string? within = null)
    {
        var rows = await kind.Load(Rows);
        var matching = rows.Where(expected).ToList();
        if (within is null)
        {
            AssertSameKeys(matching.Select(kind.Key), await SelectAsync(kind, where));
        }
        else
        {
            Assert.Equal(matching.Count, await CountAsync(kind, where));
            var inScope = matching.Where(r => kind.Code(r).StartsWith(within, StringComparison.Ordinal));
            AssertSameKeys(inScope.Select(kind.Key), await SelectAsync(kind, where, within));
        }

        return new Matched(matching.Count, rows.Count);
    }

    public static void AssertSameKeys(IEnumerable<string> expected, Selection actual)
    {
        var want = expected.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(want.Count, actual.TotalCount);
        Assert.Equal(want, actual.Keys.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Every row of a flat connection that <paramref name="where"/> selects, paged through 50 at a time, and its totalCount.</summary>
    public async Task<Selection> SelectAsync<T>(RowKind<T> kind, string? where, string? within = null)
    {
        var keys = new List<string>();
        Page page;
        string? after = null;
        do
        {
            page = await PageAsync(kind, where, within, after);
            keys.AddRange(page.Keys);
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        return new Selection(page.TotalCount, keys);
    }

    /// <summary>The totalCount of a flat connection under <paramref name="where"/>.</summary>
    public async Task<int> CountAsync<T>(RowKind<T> kind, string? where, string? within = null)
    {
        var data = await DataAsync($"{{ rows: {kind.Connection}({Arguments(where, within)}first: 0) {{ totalCount }} }}");
        return data.GetProperty("rows").GetProperty("totalCount").GetInt32();
    }

    /// <summary>The <c>data</c> of a request that must succeed without errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await SendAsync(query, variables);
        if (body.TryGetProperty("errors", out var errors))
        {
            Assert.Fail($"The request failed with HTTP {(int)status}: {errors}");
        }

        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("data");
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string query, object? variables = null)
    {
        using var request = GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables }));
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, await response.ReadJsonAsync());
    }

    private async Task<Page> PageAsync<T>(RowKind<T> kind, string? where, string? within, string? after)
    {
        var query = $$"""
            query($after: String) {
              rows: {{kind.Connection}}({{Arguments(where, within)}}first: {{PageSize}}, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { {{kind.KeyField}} }
              }
            }
            """;
        var rows = (await DataAsync(query, new { after })).GetProperty("rows");
        var pageInfo = rows.GetProperty("pageInfo");
        return new Page(
            rows.GetProperty("totalCount").GetInt32(),
            [.. rows.GetProperty("nodes").EnumerateArray().Select(n => kind.KeyOf(n.GetProperty(kind.KeyField).GetString()!))],
            pageInfo.GetProperty("hasNextPage").GetBoolean(),
            pageInfo.GetProperty("endCursor").GetString());
    }

    private sealed record Page(int TotalCount, IReadOnlyList<string> Keys, bool HasNextPage, string? EndCursor);

    private static string Arguments(string? where, string? within) =>
        (where is null ? string.Empty : $"where: {where}, ") + (within is null ? string.Empty : $"within: \"{within}\", ");
}

/// <summary>The totalCount of a connection and the keys of every row it returned.</summary>
internal sealed record Selection(int TotalCount, IReadOnlyList<string> Keys);

/// <summary>How many seeded rows a filter matched, out of how many.</summary>
internal sealed record Matched(int Count, int Of)
{
    /// <summary>The filter kept some rows and dropped others, so the comparison said something.</summary>
    public void AssertDiscriminates() => Assert.InRange(Count, 1, Of - 1);
}

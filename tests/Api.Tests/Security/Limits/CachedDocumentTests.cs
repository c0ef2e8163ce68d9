using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>
/// A document is parsed, shape-checked and validated once and then reused from the cache: what depends on the request
/// (page sizes in variables, the cost report) must still be checked and reported every time, and what depends on the
/// document alone must still refuse it every time.
/// </summary>
public sealed class CachedDocumentTests(DefaultLimitsApi api) : IClassFixture<DefaultLimitsApi>
{
    private const string PageInVariable = "query cached($n: Int) { banners(first: $n) { totalCount nodes { code } } }";

    [Fact]
    public async Task A_cached_document_checks_the_page_size_of_each_request_s_variables()
    {
        var served = (await api.QueryAsync(PageInVariable, new { n = 3 })).Served();
        var refused = await api.QueryAsync(PageInVariable, new { n = 51 });
        var servedAgain = (await api.QueryAsync(PageInVariable, new { n = 2 })).Served();

        Assert.Equal(3, served.GetProperty("banners").GetProperty("nodes").GetArrayLength());
        Assert.Equal(51, refused.Refused("HC0051").Number("requestedItems"));
        Assert.Equal(2, servedAgain.GetProperty("banners").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_cached_document_s_cost_follows_each_request_s_variables()
    {
        // banners 10 / 1; nodes (page n) 1 / n; stats under n banners: n / n.
        const string query = "query costed($n: Int) { banners(first: $n) { nodes { stats { memberCount } } } }";
        var first = await ReportAsync(query, new { n = 4 });
        var second = await ReportAsync(query, new { n = 9 });

        Assert.Equal((15d, 9d), Cost(first));
        Assert.Equal((20d, 19d), Cost(second));
    }

    [Fact]
    public async Task A_cached_document_without_variables_reports_the_same_cost_every_time()
    {
        // leagues 10 / 1; nodes (page 5) 1 / 5. Total 11 / 6.
        const string query = "{ leagues(first: 5) { nodes { name } } }";
        var costs = new List<(double, double)>();
        for (var i = 0; i < 3; i++)
        {
            var body = await ReportAsync(query, null);
            Assert.Equal(5, body.Served().GetProperty("leagues").GetProperty("nodes").GetArrayLength());
            costs.Add(Cost(body));
        }

        Assert.All(costs, cost => Assert.Equal((11d, 6d), cost));
    }

    [Fact]
    public async Task A_document_over_a_shape_limit_is_refused_every_time()
    {
        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 41).Select(i => $"a{i}: __typename")) + " }";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(41, (await api.QueryAsync(aliases)).Refused("MAX_ALIASES_EXCEEDED").Number("aliases"));
        }
    }

    [Fact]
    public async Task An_invalid_document_is_refused_every_time()
    {
        for (var i = 0; i < 3; i++)
        {
            var body = await api.QueryAsync("{ region { noSuchField } }");
            Assert.False(body.TryGetProperty("data", out _));
            Assert.Contains("noSuchField", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    private static (double FieldCost, double TypeCost) Cost(System.Text.Json.JsonElement body)
    {
        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        return (cost.Number("fieldCost"), cost.Number("typeCost"));
    }

    private async Task<System.Text.Json.JsonElement> ReportAsync(string query, object? variables)
    {
        using var client = api.CreateClient();
        using var request = GraphQLHttp.Post(System.Text.Json.JsonSerializer.Serialize(new { query, variables }));
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }
}

using System.Text.Json;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>
/// <c>GraphQL-Cost: report</c> puts the estimate in <c>extensions.operationCost</c>. The expected numbers are worked
/// out by hand from the model of <c>OperationCostRule</c>: a root field or connection costs 10, another object field 1,
/// a scalar 0, each times the number of parents it resolves under; every object field adds parents × its list size
/// to the type cost. A connection's page is its <c>first</c> (else the default, 10); other lists assume 10.
/// </summary>
public sealed class CostReportTests(DefaultLimitsApi api) : IClassFixture<DefaultLimitsApi>
{
    public static TheoryData<string, double, double> Queries => new()
    {
        // Scalars cost nothing.
        { "{ __typename }", 0, 0 },

        // leagues: field 10, type 1; nodes (page 5): field 1, type 5. Total 11 / 6.
        { "{ leagues(first: 5) { nodes { code } } }", 11, 6 },

        // leagues 10 / 1; nodes 1 / 5; banners under 5 leagues: field 5 × 10 = 50, type 5;
        // edges (page 3) under 5: field 5, type 15; node under 15 edges: field 15, type 15. Total 81 / 41.
        { "{ leagues(first: 5) { nodes { banners(first: 3) { edges { node { code } } } } } }", 81, 41 },

        // region 10 / 1; ancestors (a list without a page: 10): field 1, type 10; Region.leagues 10 / 1. Total 21 / 12.
        { "{ region { ancestors { code } leagues { totalCount } } }", 21, 12 },

        // banners without first: the default page of 10. banners 10 / 1; nodes 1 / 10. Total 11 / 11.
        { "{ banners { nodes { code } } }", 11, 11 },

        // division 10 / 1; inline fragment on League: banners 10 / 1; nodes (page 2) 1 / 2. Total 21 / 4.
        { """{ division(code: "152200") { ... on League { banners(first: 2) { nodes { code } } } } }""", 21, 4 },

        // A named fragment costs where it is spread: leagues 10 / 1; nodes 1 / 2; stats under 2 leagues 2 / 2. Total 13 / 5.
        { "{ leagues(first: 2) { ...L } } fragment L on LeagueConnection { nodes { stats { memberCount } } }", 13, 5 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_report_gives_the_hand_computed_field_and_type_cost(string query, double fieldCost, double typeCost)
    {
        var body = await ReportAsync(query);

        body.Served();
        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal((fieldCost, typeCost), (cost.Number("fieldCost"), cost.Number("typeCost")));
    }

    [Fact]
    public async Task A_refused_operation_reports_the_cost_that_refused_it()
    {
        // a: 10 + 1 + 50 × 10 = 511; b: the same; 1022 > 1000.
        var body = await ReportAsync("""
            { a: leagues(first: 50) { nodes { banners(first: 1) { totalCount } } }
              b: leagues(first: 50) { nodes { banners(first: 1) { totalCount } } } }
            """);

        Assert.Equal(1022, body.Refused("HC0047").Number("fieldCost"));
        Assert.Equal(1022, body.GetProperty("extensions").GetProperty("operationCost").Number("fieldCost"));
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        var body = await api.QueryAsync("{ leagues(first: 5) { nodes { code } } }");

        body.Served();
        Assert.False(body.TryGetProperty("extensions", out _));
    }

    private async Task<JsonElement> ReportAsync(string query)
    {
        using var client = api.CreateClient();
        using var request = GraphQLHttp.PostQuery(query);
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }
}

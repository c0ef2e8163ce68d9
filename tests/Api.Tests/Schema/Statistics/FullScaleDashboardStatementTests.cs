using PartyOrg.Api.Tests.Querying.Statements;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>The same dashboard at full scale runs exactly as many statements as at demo scale.</summary>
[Collection(FullScaleApiCollection.Name)]
public sealed class FullScaleDashboardStatementTests(FullScaleApi api)
{
    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task The_dashboard_runs_the_same_number_of_statements_at_full_scale(int banners)
    {
        var statements = await api.StatementsOfAsync(Dashboard.Query(banners));

        StatementAssert.Count(Dashboard.Statements, statements);
    }
}

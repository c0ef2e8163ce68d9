using PartyOrg.Api.Tests.Querying.Statements;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>Statistics cost one statement per level, never one per division: see <see cref="Dashboard.Statements"/>.</summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class DashboardStatementTests(CountingApi api)
{
    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task The_dashboard_runs_a_fixed_number_of_statements_at_demo_scale_whatever_the_page_size(int banners)
    {
        var statements = await api.StatementsOfAsync(Dashboard.Query(banners));

        StatementAssert.Count(Dashboard.Statements, statements);
    }

    [Fact]
    public async Task Stats_of_every_division_of_a_level_are_read_in_one_statement()
    {
        var statements = await api.StatementsOfAsync(Dashboard.Query(50));

        Assert.Equal(3, statements.Count(s => s.Sql.Contains("\"DivisionRollups\"", StringComparison.Ordinal)));
    }
}

namespace PartyOrg.Api.Tests.Querying.Statements;

/// <summary>The flat connections on <c>Query</c>: one statement for the page, one more for <c>totalCount</c>.</summary>
public sealed class RootConnectionStatementTests(CountingApi api) : IClassFixture<CountingApi>
{
    public static TheoryData<string> Connections => new() { "leagues", "banners", "townships", "villages", "branches", "members" };

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task A_page_runs_one_statement(string connection)
    {
        var statements = await api.StatementsOfAsync($"{{ {connection}(first: 5) {{ nodes {{ id }} }} }}");

        StatementAssert.Count(1, statements);
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task A_page_with_its_total_count_runs_two_statements(string connection)
    {
        var statements = await api.StatementsOfAsync($"{{ {connection}(first: 5) {{ totalCount nodes {{ id }} }} }}");

        StatementAssert.Count(2, statements);
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task A_page_within_a_division_runs_one_statement(string connection)
    {
        var statements = await api.StatementsOfAsync($"{{ {connection}(first: 5, within: \"150902\") {{ nodes {{ id }} }} }}");

        StatementAssert.Count(1, statements);
    }

    [Fact]
    public async Task Total_count_alone_still_reads_the_page_and_runs_two_statements()
    {
        var statements = await api.StatementsOfAsync("{ members(within: \"150902\") { totalCount } }");

        // The resolver reads the page before the selection below it is known; skipping it is an optimisation not made.
        StatementAssert.Count(2, statements);
    }
}

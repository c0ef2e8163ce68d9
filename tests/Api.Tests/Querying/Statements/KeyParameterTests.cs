namespace PartyOrg.Api.Tests.Querying.Statements;

/// <summary>
/// A level's parent keys reach the database as one parameter, so a level under thousands of parents
/// stays one statement within SQL Server's 2,100 and SQLite's 32,766 parameters.
/// </summary>
public sealed class KeyParameterTests(CountingApi api) : IClassFixture<CountingApi>
{
    [Fact]
    public async Task Branches_of_every_village_take_a_handful_of_parameters()
    {
        // Pages of 50 from the region down put nearly all 14,592 villages under the branches level.
        var statements = await api.StatementsOfAsync(
            """
            { region { leagues(first: 12) { nodes { banners(first: 50) { nodes { townships(first: 50) { nodes {
              villages(first: 50) { nodes { code branches(first: 1) { nodes { id } } } } } } } } } } } }
            """);

        // Leagues, banners and townships come from the division directory: villages and branches are the two statements.
        StatementAssert.Count(2, statements);
        Assert.All(statements, s => Assert.True(s.Parameters < 10, s.ToString()));
    }

    [Fact]
    public async Task Lookups_by_key_take_a_handful_of_parameters()
    {
        var statements = await api.StatementsOfAsync("{ members(first: 50, order: [{name: ASC}]) { nodes { branch { secretary { name } } } } }");

        StatementAssert.Count(3, statements);
        Assert.All(statements, s => Assert.True(s.Parameters < 10, s.ToString()));
    }
}

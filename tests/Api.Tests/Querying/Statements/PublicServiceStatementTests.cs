namespace PartyOrg.Api.Tests.Querying.Statements;

/// <summary>The public-service connections under branches and members load like every other level: one statement each, whatever the page size.</summary>
public sealed class PublicServiceStatementTests(CountingApi api) : IClassFixture<CountingApi>
{
    [Theory]
    [InlineData(2)]
    [InlineData(50)]
    public async Task Each_public_service_connection_level_is_one_statement(int size)
    {
        var statements = await api.StatementsOfAsync(
            $$"""
            { branches(first: {{size}}) { nodes {
                suggestions(first: {{size}}) { nodes { id } }
                practicalMatterLists(first: {{size}}) { nodes { id } }
                claimedServiceProjects(first: {{size}}) { nodes { id } }
                members(first: {{size}}) { nodes {
                  practicalMatterLists(first: {{size}}) { nodes { id } }
                  claimedServiceProjects(first: {{size}}) { nodes { id } }
                } }
            } } }
            """);

        // branches, their suggestions, lists, claims and members, the members' lists and claims.
        StatementAssert.Count(7, statements);
    }
}

using PartyOrg.Api.Schema.Common;

namespace PartyOrg.Api.Tests.Querying.Statements;

/// <summary>
/// SQL statements per request grow with the levels selected, never with the rows: one windowed
/// statement per nested connection level, one grouped statement per level for <c>totalCount</c>,
/// and none for divisions, which come from the in-memory directory once it is loaded: lookups, links and
/// the lists of leagues, banners and townships in code order without a filter or cursor (villages, whose
/// facts change, are read from the database). Of the seven levels below, villages, branches and members
/// each run one statement.
/// </summary>
public sealed class StatementCountTests(CountingApi api) : IClassFixture<CountingApi>
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Seven_levels_run_one_statement_per_connection_level_whatever_the_page_size(int size)
    {
        var statements = await api.StatementsOfAsync(SevenLevels(size));

        StatementAssert.Count(3, statements);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Total_count_at_every_level_adds_one_statement_per_level(int size)
    {
        var statements = await api.StatementsOfAsync(SevenLevels(size, connection: "totalCount"));

        StatementAssert.Count(6, statements);
    }

    [Fact]
    public async Task Division_links_from_any_level_run_no_statement()
    {
        var statements = await api.StatementsOfAsync(SevenLevels(5,
            branch: "village { code township { name banner { league { region { code } } } } }",
            member: "registeredCommunity { code parent { code } ancestors { code } }"));

        StatementAssert.Count(3, statements);
    }

    [Fact]
    public async Task Branch_secretary_and_member_branch_add_one_statement_per_level_they_appear_on()
    {
        // branch.secretary (branch level), member.branch (member level), member.branch.secretary (one level deeper).
        var statements = await api.StatementsOfAsync(SevenLevels(5,
            branch: "secretary { name } village { code township { name } }",
            member: "branch { name secretary { name } village { code township { code } } }"));

        StatementAssert.Count(6, statements);
    }

    [Fact]
    public async Task Region_divisions_and_division_nodes_run_no_statement()
    {
        var statements = await api.StatementsOfAsync(
            $$"""
            { region { code name nameEn }
              division(code: "150902008022") { name parent { code } ancestors { code name } }
              node(id: "{{NodeId.Encode("League", "150900")}}") { id ... on League { name } }
              nodes(ids: ["{{NodeId.Encode("Banner", "150902")}}", "{{NodeId.Encode("Village", "150902008022")}}"]) { id } }
            """);

        StatementAssert.Count(0, statements);
    }

    [Theory]
    [InlineData("leagues(first: 12) { totalCount nodes { code banners(first: 50) { totalCount nodes { code townships(last: 3) { totalCount nodes { code } } } } } }")]
    [InlineData("leagues(order: [{code: DESC}]) { nodes { code } }")]
    public async Task Division_lists_in_code_order_run_no_statement(string leagues)
    {
        var statements = await api.StatementsOfAsync($"{{ region {{ {leagues} }} }}");

        StatementAssert.Count(0, statements);
    }

    [Theory]
    [InlineData("""leagues(where: {name: {contains: "盟"}}) { nodes { code } }""", 1)]
    [InlineData("leagues(order: [{name: ASC}]) { nodes { code } }", 1)]
    [InlineData("""leagues(first: 2, after: "eyJGaWVsZHMiOlsiaWQiXSwiVmFsdWVzIjpbIjE1MDIwMCJdfQ==") { nodes { code } }""", 1)]
    [InlineData("""leagues(where: {kind: {eq: LEAGUE}}) { totalCount }""", 2)]
    public async Task Division_lists_with_a_filter_order_or_cursor_run_one_statement_per_level_and_one_for_totalCount(string leagues, int expected)
    {
        var statements = await api.StatementsOfAsync($"{{ region {{ {leagues} }} }}");

        StatementAssert.Count(expected, statements);
    }

    [Fact]
    public async Task Branch_and_member_nodes_run_one_statement_per_type()
    {
        var ids = string.Join(", ", Enumerable.Range(1, 5).SelectMany(i => new[] { NodeId.Encode("Branch", i), NodeId.Encode("Member", i) }).Select(id => $"\"{id}\""));

        var statements = await api.StatementsOfAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        StatementAssert.Count(2, statements);
    }

    private static string SevenLevels(int size, string connection = "", string branch = "", string member = "") =>
        $$"""
        { region { code name leagues(first: 12) { {{connection}} nodes { code name
          banners(first: {{size}}) { {{connection}} nodes { code name
            townships(first: {{size}}) { {{connection}} nodes { code name
              villages(first: {{size}}) { {{connection}} nodes { code name
                branches(first: {{size}}) { {{connection}} nodes { id name {{branch}}
                  members(first: {{size}}) { {{connection}} nodes { id name {{member}} } } } } } } } } } } } } } }
        """;
}

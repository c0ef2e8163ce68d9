using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Tests.Querying.Statements;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>
/// Rollup rows are read with the columns the operation's statistics fields read: the figures must be those of the
/// whole row, for every field, and the statement must name only those columns.
/// </summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class RollupColumnsTests(CountingApi api)
{
    /// <summary>Fields whose columns depend on their argument: selecting one reads the whole row.</summary>
    private static readonly string[] WholeRowFields = ["branchesBy", "membersBy"];

    /// <summary>Selecting a breakdown makes the operation read the whole row: the reference every projection must equal.</summary>
    private const string WholeRow = "membersBy(dimension: GENDER) { key count }";

    private IComplexGraphType TypeNamed(string name) => (IComplexGraphType)api.Services.GetRequiredService<ISchema>().AllTypes[name]!;

    /// <summary>Division statistics through the leagues, branch statistics through the branches; read released (dashboard key) and live (admin key).</summary>
    public static TheoryData<string, Role> Cases => new()
    {
        { "Statistics", Role.Dashboard },
        { "Statistics", Role.Admin },
        { "BranchStatistics", Role.Dashboard },
        { "BranchStatistics", Role.Admin },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_statistics_field_read_alone_equals_its_value_from_the_whole_row(string type, Role role)
    {
        var key = api.Key(role);
        var fields = TypeNamed(type).Fields.Where(f => !WholeRowFields.Contains(f.Name)).Select(Selection).ToList();
        Assert.True(fields.Count > 30, $"only {fields.Count} fields of {type}");

        var mismatches = new List<string>();
        foreach (var field in fields)
        {
            var alone = await StatsAsync(key, type, field);
            var whole = await StatsAsync(key, type, $"{field} {WholeRow}");
            Assert.True(alone.Count >= 10, $"{alone.Count} {type} objects read");
            foreach (var (id, stats) in alone)
            {
                var name = field.Split(['(', ' '])[0];
                var expected = whole[id].GetProperty(name).GetRawText();
                if (stats.GetProperty(name).GetRawText() != expected)
                {
                    mismatches.Add($"{name} of {id}: {stats.GetProperty(name).GetRawText()} alone, {expected} from the whole row");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task The_dashboard_reads_only_the_key_and_the_three_columns_it_shows()
    {
        var statements = await api.StatementsOfAsync("{ leagues(first: 12) { nodes { code stats { memberCount strongestBranchShare } } } }");

        var rollups = Assert.Single(statements, s => s.Sql.Contains("\"DivisionRollups\"", StringComparison.Ordinal)).Sql;
        var select = rollups[..rollups.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.Equal(["Branches", "Code", "Members", "StrongestBranches"], ColumnsOf(select));
    }

    [Fact]
    public async Task Columns_are_the_union_over_fragments_aliases_and_levels_all_read_in_one_statement()
    {
        const string query = """
            { region { stats { memberCount } }
              a: leagues(first: 12) { nodes { stats { ...Women } } }
              b: leagues(first: 12) { nodes { stats { ... on Statistics { gachaCount } } } } }
            fragment Women on Statistics { womenShare }
            """;
        var statements = await api.StatementsOfAsync(query);

        // The region's row and the leagues' are one batch: one projection serves every statistics selection.
        var rollups = Assert.Single(statements, s => s.Sql.Contains("\"DivisionRollups\"", StringComparison.Ordinal)).Sql;
        Assert.Equal(["Code", "Gachas", "Members", "Women"], ColumnsOf(rollups[..rollups.IndexOf("FROM", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A_breakdown_reads_the_whole_row()
    {
        var statements = await api.StatementsOfAsync("{ leagues(first: 3) { nodes { stats { memberCount branchesBy(dimension: RATING) { count } } } } }");

        var rollups = Assert.Single(statements, s => s.Sql.Contains("\"DivisionRollups\"", StringComparison.Ordinal)).Sql;
        Assert.True(ColumnsOf(rollups[..rollups.IndexOf("FROM", StringComparison.Ordinal)]).Count > 80, rollups);
    }

    [Theory]
    [InlineData("Statistics", typeof(DivisionRollup))]
    [InlineData("BranchStatistics", typeof(BranchRollup))]
    public void Every_statistics_field_declares_stored_columns_of_the_rollup_or_is_a_breakdown(string type, Type row)
    {
        var stored = row.GetProperties().Where(p => p.CanWrite).Select(p => p.Name).ToHashSet();

        foreach (var field in TypeNamed(type).Fields)
        {
            var declared = RollupColumns.Declared(field);
            if (WholeRowFields.Contains(field.Name))
            {
                Assert.Null(declared);
                continue;
            }

            Assert.True(declared is not null, $"{type}.{field.Name} declares no columns");
            Assert.All(declared, column => Assert.Contains(column, stored));
        }
    }

    [Fact]
    public async Task Branch_statistics_read_only_the_key_and_the_columns_selected()
    {
        var statements = await api.StatementsOfAsync("{ branches(first: 5) { nodes { stats { memberCount womenShare } } } }");

        var rollups = Assert.Single(statements, s => s.Sql.Contains("\"BranchRollups\"", StringComparison.Ordinal)).Sql;
        Assert.Equal(["BranchId", "Members", "Women"], ColumnsOf(rollups[..rollups.IndexOf("FROM", StringComparison.Ordinal)]));
    }

    /// <summary>The statistics of 12 leagues or of the first 20 branches, by code or node id.</summary>
    private async Task<Dictionary<string, JsonElement>> StatsAsync(string key, string type, string selection)
    {
        var (list, id) = type == "Statistics" ? ("leagues(first: 12)", "code") : ("branches(first: 20)", "id");
        var body = await api.QueryAsAsync(key, $"{{ list: {list} {{ nodes {{ {id} stats {{ {selection} }} }} }} }}");
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? null : errors.ToString());
        return body.GetProperty("data").GetProperty("list").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty(id).GetString()!, n => n.GetProperty("stats"));
    }

    /// <summary>The field with the arguments and sub-selection it needs.</summary>
    private static string Selection(FieldType field) => field.Name switch
    {
        "weakBranchesRectified" => "weakBranchesRectified(since: 2018)",
        "source" => "source { exact mechanism release releasedAt epsilon protectedTotal }",
        _ => field.Name,
    };

    /// <summary>The quoted column names of a SELECT list, sorted.</summary>
    private static List<string> ColumnsOf(string select) =>
        [.. System.Text.RegularExpressions.Regex.Matches(select, "\\.\"(\\w+)\"").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
}

using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Tests.Querying.Statements;
using PartyOrg.Api.Tests.Schema.Statistics;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Querying.Loading;

/// <summary>
/// Members and branches in connections are read with the columns the operation's fields declare (and those the
/// loader and the scope rules read): every field read alone must equal its value from the whole row, which a lookup
/// by node ID reads, and the statements must name only those columns.
/// </summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class RowColumnsTests(CountingApi api)
{
    /// <summary>What to read of an object-valued field: the first of these its type has.</summary>
    private static readonly string[] InnerFields = ["id", "code", "totalCount", "memberCount", "listedYear"];

    private IComplexGraphType TypeNamed(string name) => (IComplexGraphType)api.Services.GetRequiredService<ISchema>().AllTypes[name]!;

    public static TheoryData<string, Type> Types => new()
    {
        { "Member", typeof(Member) },
        { "Branch", typeof(Branch) },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_field_declares_stored_columns_of_its_row(string type, Type row)
    {
        var stored = row.GetProperties().Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string))).Select(p => p.Name).ToHashSet();

        var fields = TypeNamed(type).Fields.ToList();
        Assert.True(fields.Count >= 14, $"only {fields.Count} fields of {type}");
        foreach (var field in fields)
        {
            var declared = RowColumns.Declared(field);
            Assert.True(declared is not null, $"{type}.{field.Name} declares no columns");
            Assert.All(declared, column => Assert.Contains(column, stored));
        }
    }

    [Theory]
    [InlineData("Member", Role.Admin)]
    [InlineData("Member", Role.Partner)]
    [InlineData("Branch", Role.Admin)]
    [InlineData("Branch", Role.Dashboard)]
    public async Task Every_field_read_alone_in_a_connection_equals_its_value_from_the_whole_row(string type, Role role)
    {
        var key = api.Key(role);
        var mismatches = new List<string>();
        foreach (var field in TypeNamed(type).Fields)
        {
            var selection = Selection(field);
            var listed = await ListedAsync(key, type, selection);
            Assert.True(listed.Count >= 10, $"{listed.Count} {type} rows read for {field.Name}");
            var whole = await ByNodeIdAsync(key, type, [.. listed.Keys], selection);
            foreach (var (id, node) in listed)
            {
                var alone = node.TryGetProperty(field.Name, out var value) ? value.GetRawText() : "(absent)";
                var expected = whole[id].TryGetProperty(field.Name, out var reference) ? reference.GetRawText() : "(absent)";
                if (alone != expected)
                {
                    mismatches.Add($"{type}.{field.Name} of {id}: {alone} in the list, {expected} from the whole row");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task The_strongest_branches_and_their_members_read_only_the_columns_shown()
    {
        var statements = await api.StatementsOfAsync(api.Key(Role.Admin), """
            { branches(within: "150100", where: { rating: { eq: STRONGEST } }, first: 20) {
                nodes { id name members(first: 10) { nodes { id name joinedOn } } } } }
            """);

        Assert.Equal(2, statements.Count);
        Assert.Equal(["Id", "Name", "VillageCode"], ColumnsOf(statements[0].Sql, "b"));
        Assert.Equal(["BranchId", "Id", "JoinedOn", "Name", "VillageCode"], ColumnsOf(statements[1].Sql, "m1"));
    }

    [Fact]
    public async Task A_page_ordered_by_an_unselected_field_reads_that_field_for_its_order_and_cursors()
    {
        const string query = """
            query($after: String) { branches(first: 3) { nodes { members(first: 4, after: $after, order: [{ joinedOn: DESC }]) {
                nodes { id } pageInfo { endCursor } } } } }
            """;
        var first = await api.QueryAsAsync(api.Key(Role.Admin), query, new { after = (string?)null });
        var members = first.GetProperty("data").GetProperty("branches").GetProperty("nodes")[0].GetProperty("members");
        var cursor = members.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await api.QueryAsAsync(api.Key(Role.Admin), query, new { after = cursor });
        var reference = await api.QueryAsAsync(api.Key(Role.Admin), """
            { branches(first: 1) { nodes { members(first: 8, order: [{ joinedOn: DESC }]) { nodes { id joinedOn } } } } }
            """);

        var expected = reference.GetProperty("data").GetProperty("branches").GetProperty("nodes")[0].GetProperty("members").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        var paged = members.GetProperty("nodes").EnumerateArray()
            .Concat(second.GetProperty("data").GetProperty("branches").GetProperty("nodes")[0].GetProperty("members").GetProperty("nodes").EnumerateArray())
            .Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, paged);

        var statements = await api.StatementsOfAsync(api.Key(Role.Admin), "{ branches(first: 3) { nodes { members(first: 4, order: [{ joinedOn: DESC }]) { nodes { id } } } } }");
        Assert.Contains("JoinedOn", ColumnsOf(statements[1].Sql, "m1"));
    }

    [Fact]
    public async Task A_field_that_declares_no_columns_makes_the_rows_whole()
    {
        // Meetings declare nothing: reading one reads every column of it, as before projections existed.
        var statements = await api.StatementsOfAsync(api.Key(Role.Admin), "{ branches(first: 2) { nodes { meetings(first: 2) { nodes { kind } } } } }");

        Assert.True(ColumnsOf(statements[1].Sql, "m1").Count > 4, statements[1].Sql);
    }

    /// <summary>Node ID → the node, for up to ten rows of the type read in a connection: members of the first branches, or the first branches.</summary>
    private async Task<Dictionary<string, JsonElement>> ListedAsync(string key, string type, string selection)
    {
        var query = type == "Member"
            ? $"{{ branches(first: 6) {{ nodes {{ members(first: 3) {{ nodes {{ id {selection} }} }} }} }} }}"
            : $"{{ branches(first: 12) {{ nodes {{ id {selection} }} }} }}";
        var data = (await api.QueryAsAsync(key, query)).GetProperty("data").GetProperty("branches").GetProperty("nodes").EnumerateArray();
        var nodes = type == "Member" ? data.SelectMany(b => b.GetProperty("members").GetProperty("nodes").EnumerateArray()) : data;
        return nodes.ToDictionary(n => n.GetProperty("id").GetString()!, n => n);
    }

    private async Task<Dictionary<string, JsonElement>> ByNodeIdAsync(string key, string type, string[] ids, string selection)
    {
        var body = await api.QueryAsAsync(key, $"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {type} {{ id {selection} }} }} }}", new { ids });
        return body.GetProperty("data").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n);
    }

    /// <summary>The field with a sub-selection when it is an object or a list of them.</summary>
    private static string Selection(FieldType field)
    {
        if (field.ResolvedType!.GetNamedType() is not IComplexGraphType complex)
        {
            return field.Name;
        }

        var inner = InnerFields.First(name => complex.GetField(name) is not null);
        return $"{field.Name} {{ {inner} }}";
    }

    /// <summary>The quoted columns of <paramref name="alias"/> in a statement's SELECT list, sorted (SQLite quotes the alias, PostgreSQL does not).</summary>
    private static List<string> ColumnsOf(string sql, string alias)
    {
        var select = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        return [.. System.Text.RegularExpressions.Regex.Matches(select, $"\"?\\b{alias}\"?\\.\"(\\w+)\"").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
    }
}

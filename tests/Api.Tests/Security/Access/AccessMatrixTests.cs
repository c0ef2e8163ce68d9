using System.Runtime.CompilerServices;
using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The role × field matrix of the whole schema, compared with the committed access-matrix.txt next to this file:
/// a field added without a rule, or whose rule changed, fails here by name until the file is updated on purpose.
/// To regenerate the file after a deliberate change, run
/// <c>ACCESS_MATRIX_WRITE=1 dotnet test tests/Api.Tests --filter "FullyQualifiedName~Security.Access.AccessMatrixTests"</c>
/// and review the diff of access-matrix.txt before committing it.
/// </summary>
public sealed class AccessMatrixTests
{
    private const string FileName = "access-matrix.txt";
    private const string WriteVariable = "ACCESS_MATRIX_WRITE";

    [Fact]
    public void Every_object_field_declares_a_rule()
    {
        var schema = AccessRules.BuildSchema();

        var undeclared = AccessRules.Types(schema).OfType<IObjectGraphType>()
            .SelectMany(type => AccessRules.Fields(type).Where(field => PartyOrg.Api.Security.Access.Declared(type, field) is null).Select(field => $"{type.Name}.{field.Name}"))
            .ToList();

        Assert.True(undeclared.Count == 0, $"Object fields without an access rule: {string.Join(", ", undeclared)}.");
    }

    [Fact]
    public void A_schema_with_an_object_field_without_a_rule_does_not_start()
    {
        var loose = new ObjectGraphType { Name = "Loose" };
        loose.Field<StringGraphType>("secret").Resolve(_ => "x");
        var query = new ObjectGraphType { Name = "Query" };
        query.Requires(Role.Anonymous);
        query.Field("loose", loose).Resolve(_ => new object());
        var schema = new GraphQL.Types.Schema { Query = query };
        schema.RegisterVisitor(new AccessVisitor());

        var refusal = Assert.Throws<InvalidOperationException>(schema.Initialize);

        Assert.StartsWith("Loose.secret declares no access rule", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_of_every_type_field_and_role_matches_the_committed_file()
    {
        var printed = AccessRules.Matrix(AccessRules.BuildSchema());
        var path = Path.Combine(SourceDirectory(), FileName);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(path, string.Join('\n', printed) + "\n");
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the test with {WriteVariable}=1 to write it.");
        var committed = File.ReadAllLines(path).Where(line => line.Length > 0).ToList();

        var problems = Differences(committed, printed);

        Assert.True(problems.Count == 0, $"The access matrix differs from {FileName} (regenerate with {WriteVariable}=1 once the rules are right):\n{string.Join('\n', problems)}");
        Assert.Equal(committed, printed);
    }

    /// <summary>One sentence per field that is new, changed or gone, naming the field.</summary>
    internal static List<string> Differences(IReadOnlyList<string> committed, IReadOnlyList<string> printed)
    {
        var before = committed.ToDictionary(Key, StringComparer.Ordinal);
        var now = printed.ToDictionary(Key, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (field, line) in now)
        {
            if (!before.TryGetValue(field, out var old))
            {
                problems.Add($"{field} is not in the committed matrix (a new field): {line}");
            }
            else if (old != line)
            {
                problems.Add($"{field} changed its rule: committed '{old}', schema '{line}'");
            }
        }

        problems.AddRange(before.Keys.Where(field => !now.ContainsKey(field)).Select(field => $"{field} is in the committed matrix but no longer in the schema"));
        return problems;
    }

    private static string Key(string line) => line[..line.IndexOf(':', StringComparison.Ordinal)];

    private static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}

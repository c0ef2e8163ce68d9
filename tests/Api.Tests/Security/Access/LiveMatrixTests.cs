using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The declared matrix, live: for every reachable object type, one request per role selecting all its fields on one
/// instance (reached as <see cref="MatrixReach"/> says), checked field by field against <see cref="AccessRules.Expected"/>.
/// A role below a rule along the way gets AUTH_NOT_AUTHORIZED at the first field it may not read and no value there.
/// </summary>
public sealed class LiveMatrixTests(MatrixApi api) : IClassFixture<MatrixApi>
{
    public static TheoryData<string> QueriedTypes { get; } =
        [.. AccessPaths.Reachable(AccessRules.BuildSchema()).Select(t => t.Name).Where(name => !MatrixReach.Special.Contains(name))];

    [Fact]
    public async Task Every_reachable_object_type_has_a_way_to_reach_it()
    {
        var table = MatrixReach.Table(api.Schema, await api.SamplesAsync());

        var missing = AccessPaths.Reachable(api.Schema).Select(t => t.Name).Where(name => !table.ContainsKey(name) && !MatrixReach.Special.Contains(name)).ToList();

        Assert.True(missing.Count == 0, $"Reachable types without an entry in MatrixReach.Table: {string.Join(", ", missing)}.");
    }

    [Theory]
    [MemberData(nameof(QueriedTypes))]
    public async Task Every_role_gets_each_field_of_the_type_as_declared(string typeName)
    {
        var schema = api.Schema;
        var type = (IObjectGraphType)schema.AllTypes[typeName]!;
        var reach = MatrixReach.Table(schema, await api.SamplesAsync())[typeName];
        var query = reach.Query(AccessPaths.Selection(type));
        var bodies = new Dictionary<Role, JsonElement>();
        foreach (var role in AccessRules.AllRoles)
        {
            bodies[role] = await api.QueryAsAsync(api.KeyOf(role), query);
        }

        var adminErrors = AccessPaths.Errors(bodies[Role.Admin]);
        Assert.True(adminErrors.Count == 0, $"{typeName}: the admin key got errors: {bodies[Role.Admin]}");
        var instance = AccessPaths.Find(bodies[Role.Admin], typeName);
        Assert.True(instance is not null, $"{typeName}: no instance in the admin's answer to {query}: {bodies[Role.Admin]}");
        var rules = AccessPaths.Rules(schema, reach.Operation == "mutation" ? schema.Mutation! : schema.Query, instance);

        var problems = AccessRules.AllRoles.SelectMany(role => Check(type, instance, rules, role, bodies[role])).ToList();
        problems.AddRange(await PseudonymProblemsAsync(type, instance, query, bodies));

        Assert.True(problems.Count == 0, $"{typeName} ({query}):\n{string.Join('\n', problems)}");
    }

    [Fact]
    public async Task Every_role_gets_each_mutation_as_declared()
    {
        var mutation = api.Schema.Mutation!;
        var problems = new List<string>();
        foreach (var field in AccessRules.Fields(mutation))
        {
            foreach (var role in AccessRules.AllRoles)
            {
                var body = await api.QueryAsAsync(api.KeyOf(role), $"mutation {{ {field.Name}{MatrixReach.MutationArguments[field.Name]} {{ __typename }} }}");
                var refusals = AccessPaths.Errors(body).Where(e => e.Refuses).ToList();
                var payload = AccessPaths.At(body, [field.Name]);
                var allowed = AccessRules.Expected(mutation, field, role) == Outcome.Allow;
                if (allowed ? refusals.Count > 0 || payload is null : !refusals.Any(e => e.Path.SequenceEqual([field.Name])) || payload is not null)
                {
                    problems.Add($"Mutation.{field.Name} {Roles.Name(role)}: expected {(allowed ? "its payload" : "AUTH_NOT_AUTHORIZED and no payload")}, got {body}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Check(IObjectGraphType type, List<string> instance, List<(int Index, Role Rule)> rules, Role role, JsonElement body)
    {
        var errors = AccessPaths.Errors(body);
        var who = $"{Roles.Name(role)}";
        if (rules.Where(r => r.Rule > role).Select(r => (int?)r.Index).FirstOrDefault() is { } gate)
        {
            var path = instance.Take(gate + 1).ToList();
            if (!errors.Any(e => e.Refuses && e.Message == AccessVisitor.NotAuthorizedMessage && e.Path.SequenceEqual(path)))
            {
                yield return $"{who}: expected AUTH_NOT_AUTHORIZED at [{string.Join(", ", path)}] on the way to {type.Name}, got [{string.Join("; ", errors)}]";
            }

            if (AccessPaths.At(body, path) is { } leaked)
            {
                yield return $"{who}: [{string.Join(", ", path)}] has a value although refused: {leaked}";
            }

            yield break;
        }

        if (AccessPaths.At(body, instance) is not { ValueKind: JsonValueKind.Object })
        {
            yield return $"{who}: may read {type.Name} at [{string.Join(", ", instance)}] but got no instance: {body}";
            yield break;
        }

        foreach (var field in AccessRules.Fields(type))
        {
            List<string> path = [.. instance, field.Name];
            var refusals = errors.Where(e => e.Refuses && AccessPaths.StartsWith(path, e.Path)).ToList();
            var refused = AccessRules.Expected(type, field, role) == Outcome.Refuse;
            if (!refused && refusals.Count > 0)
            {
                yield return $"{type.Name}.{field.Name} {who}: allowed but refused: {string.Join("; ", refusals)}";
            }
            else if (refused && !refusals.Any(e => e.Path.SequenceEqual(path) && e.Message == AccessVisitor.NotAuthorizedMessage))
            {
                yield return $"{type.Name}.{field.Name} {who}: expected AUTH_NOT_AUTHORIZED at [{string.Join(", ", path)}], got [{string.Join("; ", errors)}]";
            }
            else if (refused && AccessPaths.At(body, path) is { } leaked)
            {
                yield return $"{type.Name}.{field.Name} {who}: refused but has a value: {leaked}";
            }
        }
    }

    /// <summary>A pseudonymised name: the partner's token, stable for its key, another for another key, never the real name; null where the name is.</summary>
    private async Task<List<string>> PseudonymProblemsAsync(IObjectGraphType type, List<string> instance, string query, Dictionary<Role, JsonElement> bodies)
    {
        var fields = AccessRules.Fields(type).Where(f => AccessRules.Expected(type, f, Role.Partner) == Outcome.Pseudonym).ToList();
        if (fields.Count == 0)
        {
            return [];
        }

        var again = await api.QueryAsAsync(api.KeyOf(Role.Partner), query);
        var other = await api.QueryAsAsync(api.SecondPartnerKey, query);
        var problems = new List<string>();
        foreach (var field in fields)
        {
            List<string> path = [.. instance, field.Name];
            string? Read(JsonElement body) => AccessPaths.At(body, path)?.GetString();
            var (real, token, repeated, foreign) = (Read(bodies[Role.Organizer]), Read(bodies[Role.Partner]), Read(again), Read(other));
            var shape = new Regex($"^{AccessRules.PseudonymOf(field)!.Kind}-[0-9A-F]{{10}}$");
            var ok = real is null
                ? token is null && foreign is null
                : token is not null && shape.IsMatch(token) && token != real && token == repeated && foreign is not null && shape.IsMatch(foreign) && foreign != token;
            if (!ok)
            {
                problems.Add($"{type.Name}.{field.Name}: organizer '{real}', partner '{token}' then '{repeated}', second partner '{foreign}'");
            }
        }

        return problems;
    }
}

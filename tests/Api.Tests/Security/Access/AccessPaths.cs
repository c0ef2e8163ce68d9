using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>One error of a response: its code, message and path (list indexes as decimal strings).</summary>
public sealed record ResponseError(string? Code, string? Message, IReadOnlyList<string> Path)
{
    public bool Refuses => Code == AccessVisitor.NotAuthorizedCode;

    public override string ToString() => $"{Code} at [{string.Join(", ", Path)}]";
}

/// <summary>Selections built from the schema, the rules along a path, and reading paths of a GraphQL response.</summary>
public static class AccessPaths
{
    public static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    /// <summary>Every object type a client can reach from the roots through fields, interfaces and unions.</summary>
    public static IReadOnlyList<IObjectGraphType> Reachable(ISchema schema)
    {
        var seen = new Dictionary<string, IObjectGraphType>(StringComparer.Ordinal);
        var pending = new Stack<IGraphType>([schema.Query, .. new IGraphType?[] { schema.Mutation, schema.Subscription }.OfType<IGraphType>()]);
        while (pending.TryPop(out var type))
        {
            if (type is IAbstractGraphType abstractType)
            {
                abstractType.PossibleTypes.ToList().ForEach(pending.Push);
            }
            else if (type is IObjectGraphType objectType && seen.TryAdd(objectType.Name, objectType))
            {
                objectType.Fields.Select(f => Unwrap(f.ResolvedType!)).ToList().ForEach(pending.Push);
            }
        }

        return [.. seen.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary><c>__typename</c> and every field of the type: scalars and enums by name, objects by their <c>__typename</c>.</summary>
    public static string Selection(IComplexGraphType type) =>
        "__typename " + string.Join(' ', AccessRules.Fields(type).Select(f => f.Name + Arguments(type, f) + (Unwrap(f.ResolvedType!) is ScalarGraphType ? "" : " { __typename }")));

    public static string Arguments(IComplexGraphType type, FieldType field)
    {
        if (MatrixReach.FieldArguments.TryGetValue($"{type.Name}.{field.Name}", out var given))
        {
            return given;
        }

        var required = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null).Select(a => a.Name).ToList() ?? [];
        Assert.True(required.Count == 0, $"{type.Name}.{field.Name} needs arguments ({string.Join(", ", required)}): add them to MatrixReach.FieldArguments.");
        return field.Arguments?.Find("first") is null ? "" : "(first: 1)";
    }

    /// <summary>
    /// The rule of every field along a response path from the root (list indexes skipped), by the path's index. A field
    /// of an interface or union is looked up on the possible types that have it; they must agree on its rule.
    /// </summary>
    public static List<(int Index, Role Rule)> Rules(ISchema schema, IGraphType root, IReadOnlyList<string> path)
    {
        var rules = new List<(int, Role)>();
        var current = root;
        for (var i = 0; i < path.Count; i++)
        {
            if (int.TryParse(path[i], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            IEnumerable<IComplexGraphType> owners = current is IAbstractGraphType abstractType ? abstractType.PossibleTypes : [(IComplexGraphType)current];
            var found = owners.Select(o => (Owner: o, Field: o.GetField(path[i]))).Where(x => x.Field is not null).ToList();
            Assert.True(found.Count > 0, $"No type along [{string.Join(", ", path)}] has a field {path[i]}.");
            var declared = found.Select(x => PartyOrg.Api.Security.Access.Declared(x.Owner, x.Field!)).Distinct().ToList();
            Assert.True(declared.Count == 1 && declared[0] is not null, $"The types with a field {path[i]} disagree on its rule or declare none: {string.Join(", ", declared)}.");
            rules.Add((i, declared[0]!.Value));
            current = Unwrap(found[0].Field!.ResolvedType!);
        }

        return rules;
    }

    public static List<ResponseError> Errors(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => new ResponseError(
                e.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null,
                e.TryGetProperty("message", out var message) ? message.GetString() : null,
                e.TryGetProperty("path", out var path) ? [.. path.EnumerateArray().Select(Segment)] : []))]
            : [];

    /// <summary>The value at the path below <c>data</c>; null when the path is missing or ends (or passes) a null.</summary>
    public static JsonElement? At(JsonElement body, IEnumerable<string> path)
    {
        if (!body.TryGetProperty("data", out var current))
        {
            return null;
        }

        foreach (var segment in path)
        {
            if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }

    /// <summary>The path below <c>data</c> of the first object (depth first) whose <c>__typename</c> is <paramref name="typeName"/>.</summary>
    public static List<string>? Find(JsonElement body, string typeName) =>
        body.TryGetProperty("data", out var data) ? Find(data, typeName, []) : null;

    public static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> prefix) =>
        prefix.Count <= path.Count && prefix.SequenceEqual(path.Take(prefix.Count));

    private static List<string>? Find(JsonElement node, string typeName, List<string> path)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("__typename", out var name) && name.GetString() == typeName)
            {
                return path;
            }

            foreach (var property in node.EnumerateObject())
            {
                if (Find(property.Value, typeName, [.. path, property.Name]) is { } found)
                {
                    return found;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array && node.GetArrayLength() > 0)
        {
            return Find(node[0], typeName, [.. path, "0"]);
        }

        return null;
    }

    private static string Segment(JsonElement segment) =>
        segment.ValueKind == JsonValueKind.Number ? segment.GetInt32().ToString(CultureInfo.InvariantCulture) : segment.GetString()!;
}

using GraphQLParser.AST;

namespace PartyOrg.Api.Limits;

/// <summary>
/// The size of an operation read from its syntax alone, before any validation: depth, fields and aliases with
/// fragments expanded (each fragment measured once, so fragment bombs cost linear time), and root fields.
/// A fragment cycle counts as empty here; validation reports it.
/// </summary>
public sealed record DocumentShape(int Depth, double Fields, double Aliases, double RootFields)
{
    public static DocumentShape Measure(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var measurer = new Measurer(fragments);
        var (depth, fields, aliases) = measurer.Measure(operation.SelectionSet);
        return new DocumentShape(depth, fields, aliases, measurer.RootFields(operation.SelectionSet));
    }

    /// <summary>
    /// The syntax nodes validation visits in the whole document, as written (fragments not expanded): definitions,
    /// variable definitions, fields, arguments, directives, fragment spreads and inline fragments. Validation costs
    /// time per node and per error it reports, with no cap of its own, so this bounds it.
    /// </summary>
    public static int Nodes(GraphQLDocument document)
    {
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            count++;
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    count += operation.Variables?.Items.Count ?? 0;
                    count += Directives(operation.Directives) + Nodes(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    count += Directives(fragment.Directives) + Nodes(fragment.SelectionSet);
                    break;
            }
        }

        return count;
    }

    private static int Nodes(GraphQLSelectionSet? set)
    {
        var count = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            count++;
            count += selection switch
            {
                GraphQLField field => (field.Arguments?.Items.Count ?? 0) + Directives(field.Directives) + Nodes(field.SelectionSet),
                GraphQLInlineFragment inline => Directives(inline.Directives) + Nodes(inline.SelectionSet),
                GraphQLFragmentSpread spread => Directives(spread.Directives),
                _ => 0,
            };
        }

        return count;
    }

    private static int Directives(GraphQLDirectives? directives) =>
        directives?.Items.Sum(d => 1 + (d.Arguments?.Items.Count ?? 0)) ?? 0;

    /// <summary>The operation a request runs: the named one, or the only one; null when that is ambiguous (validation says so).</summary>
    public static GraphQLOperationDefinition? Operation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(name)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private sealed class Measurer(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, (int Depth, double Fields, double Aliases)> _measured = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> _rootFields = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        public (int Depth, double Fields, double Aliases) Measure(GraphQLSelectionSet? set)
        {
            var result = (Depth: 0, Fields: 0d, Aliases: 0d);
            foreach (var selection in set?.Selections ?? [])
            {
                var (depth, fields, aliases) = selection switch
                {
                    GraphQLField field => Field(field),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => (0, 0d, 0d),
                };
                result = (Math.Max(result.Depth, depth), result.Fields + fields, result.Aliases + aliases);
            }

            return result;
        }

        public double RootFields(GraphQLSelectionSet set)
        {
            var count = 0d;
            foreach (var selection in set.Selections)
            {
                count += selection switch
                {
                    GraphQLField => 1,
                    GraphQLInlineFragment inline => RootFields(inline.SelectionSet),
                    GraphQLFragmentSpread spread => RootFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
            }

            return count;
        }

        private (int, double, double) Field(GraphQLField field)
        {
            var (depth, fields, aliases) = Measure(field.SelectionSet);
            return (depth + 1, fields + 1, aliases + (field.Alias is null ? 0 : 1));
        }

        private (int, double, double) Fragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !_open.Add(name))
            {
                return (0, 0, 0);
            }

            var measured = Measure(fragment.SelectionSet);
            _open.Remove(name);
            _measured[name] = measured;
            return measured;
        }

        private double RootFragment(string name)
        {
            if (_rootFields.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !_open.Add(name))
            {
                return 0;
            }

            var count = RootFields(fragment.SelectionSet);
            _open.Remove(name);
            _rootFields[name] = count;
            return count;
        }
    }
}

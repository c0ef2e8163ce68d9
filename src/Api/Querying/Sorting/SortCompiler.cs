using System.Collections;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Querying.Sorting;

/// <summary>
/// Reads an <c>order</c> argument into sort steps, always ending with the key. Sorting by a field the caller's role
/// may not read would reveal what the field refuses, so such a step gets <c>AUTH_NOT_AUTHORIZED</c> like the field.
/// </summary>
public static class SortCompiler
{
    public static IReadOnlyList<SortStep> Compile<T>(SortDefinition<T> definition, object? order, IReadOnlyList<SortStep> defaults, Role role)
    {
        var steps = new List<SortStep>();
        if (order is IEnumerable list && order is not string)
        {
            foreach (var element in list)
            {
                var fields = element as IDictionary<string, object?>
                    ?? throw new QueryError(QueryErrorCodes.InvalidFilter, $"Each element of 'order' must be a {definition.TypeName}SortInput object.");
                foreach (var (name, direction) in fields)
                {
                    if (direction is null)
                    {
                        continue;
                    }

                    var field = definition.Find(name) ?? throw new QueryError(QueryErrorCodes.InvalidFilter, $"'{name}' is not a sortable field of {definition.TypeName}.");
                    if (field.Requires > role)
                    {
                        throw AccessVisitor.NotAuthorized();
                    }

                    // A field sorted by again cannot change the order; skipping it keeps the steps as few as the
                    // sortable fields however long the list (each step nests the query one level deeper).
                    if (!steps.Any(s => s.Field == field))
                    {
                        steps.Add(new SortStep(field, direction is SortDirection.Desc));
                    }
                }
            }
        }

        if (steps.Count == 0)
        {
            steps.AddRange(defaults);
        }

        if (!steps.Any(s => s.Field == definition.Key))
        {
            steps.Add(new SortStep(definition.Key, steps.Count > 0 && steps[^1].Descending && steps.All(s => s.Descending)));
        }

        return steps;
    }
}

/// <summary>The values of <c>SortEnumType</c>.</summary>
public enum SortDirection { Asc, Desc }

using System.Collections;
using System.Linq.Expressions;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument into a predicate EF Core translates to SQL. Values travel as
/// parameters; string matching never goes through LIKE, so <c>%</c> and <c>_</c> are plain characters.
/// </summary>
public static class FilterCompiler
{
    public static Expression<Func<T, bool>>? Compile<T>(FilterDefinition<T> definition, IDictionary<string, object?>? where)
    {
        if (where is null || where.Count == 0)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Object(definition, parameter, where), parameter);
    }

    internal static Expression Object(IFilterDefinition definition, Expression entity, IDictionary<string, object?> input)
    {
        var parts = new List<Expression>();
        foreach (var (key, value) in input)
        {
            if (key is "and" or "or")
            {
                var operands = Objects(value, key).Select(o => Object(definition, entity, o)).ToList();
                parts.Add(Combine(operands, key == "and"));
                continue;
            }

            var field = definition.Find(key) ?? throw Invalid($"'{key}' is not a filterable field of {definition.TypeName}.");
            if (value is null)
            {
                continue;
            }

            var member = field.Selector.Rebind(entity);
            var operations = value as IDictionary<string, object?> ?? throw Invalid($"'{key}' takes an operation input object.");
            parts.Add(field.Child is null
                ? ScalarOperations.Build(field, member, operations)
                : ListOperations.Build(field, member, operations));
        }

        return Combine(parts, and: true);
    }

    internal static IEnumerable<IDictionary<string, object?>> Objects(object? value, string key)
    {
        if (value is not IEnumerable list)
        {
            throw Invalid($"'{key}' takes a list of filter objects.");
        }

        return list.Cast<object?>().Select(o => o as IDictionary<string, object?> ?? throw Invalid($"Each '{key}' element must be a filter object."));
    }

    /// <summary>An empty <c>and</c> holds for every row and an empty <c>or</c> for none, as in logic.</summary>
    internal static Expression Combine(IReadOnlyList<Expression> parts, bool and) =>
        parts.Count == 0
            ? Expression.Constant(and)
            : parts.Aggregate((left, right) => and ? Expression.AndAlso(left, right) : Expression.OrElse(left, right));

    internal static QueryError Invalid(string message) => new(QueryErrorCodes.InvalidFilter, message);
}

using System.Collections;
using System.Linq.Expressions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument into a predicate EF Core translates to SQL. Values travel as
/// parameters; string matching never goes through LIKE, so <c>%</c> and <c>_</c> are plain characters.
/// Testing a field the caller's role may not read would answer what the field refuses (a partner filtering
/// members by name or birth date, anyone filtering villages by their committee), so the compiler refuses such a
/// field with <c>AUTH_NOT_AUTHORIZED</c>, like the field itself, as it meets it.
/// </summary>
public static class FilterCompiler
{
    /// <summary>
    /// Most conditions and values one <c>where</c> may hold. Every value is an SQL parameter (SQLite takes at most
    /// 32766) and every condition a node that EF Core's translators visit recursively, so a request of a few hundred
    /// kilobytes could otherwise fail in the database or overflow the stack.
    /// </summary>
    public const int MaxTerms = 1000;

    public static Expression<Func<T, bool>>? Compile<T>(FilterDefinition<T> definition, IDictionary<string, object?>? where, Role role)
    {
        if (where is null || where.Count == 0)
        {
            return null;
        }

        var terms = Terms(where);
        if (terms > MaxTerms)
        {
            throw new QueryError(QueryErrorCodes.InvalidFilter, $"The filter holds {terms} conditions and values, more than the {MaxTerms} allowed.",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["terms"] = terms, ["maxTerms"] = MaxTerms });
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Object(definition, parameter, where, role), parameter);
    }

    internal static Expression Object(IFilterDefinition definition, Expression entity, IDictionary<string, object?> input, Role role)
    {
        var parts = new List<Expression>();
        foreach (var (key, value) in input)
        {
            if (key is "and" or "or")
            {
                var operands = Objects(value, key).Select(o => Object(definition, entity, o, role)).ToList();
                parts.Add(Combine(operands, key == "and"));
                continue;
            }

            var field = definition.Find(key) ?? throw Invalid($"'{key}' is not a filterable field of {definition.TypeName}.");
            if (value is null)
            {
                continue;
            }

            if (field.Requires > role)
            {
                throw AccessVisitor.NotAuthorized();
            }

            var member = field.Selector.Rebind(entity);
            var operations = value as IDictionary<string, object?> ?? throw Invalid($"'{key}' takes an operation input object.");
            parts.Add(field.Child is null
                ? ScalarOperations.Build(field, member, operations)
                : ListOperations.Build(field, member, operations, role));
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
        parts.Count == 0 ? Expression.Constant(and) : Balanced(parts, 0, parts.Count, and);

    /// <summary>Joins the parts as a balanced tree, log2(n) deep rather than n: translators and SQLite recurse on depth.</summary>
    private static Expression Balanced(IReadOnlyList<Expression> parts, int start, int count, bool and)
    {
        if (count == 1)
        {
            return parts[start];
        }

        var half = count / 2;
        var left = Balanced(parts, start, half, and);
        var right = Balanced(parts, start + half, count - half, and);
        return and ? Expression.AndAlso(left, right) : Expression.OrElse(left, right);
    }

    /// <summary>Every entry of an input object and every element of a list counts one, at any depth (bounded by the parser's nesting limit).</summary>
    private static int Terms(object? value) => value switch
    {
        IDictionary<string, object?> input => input.Sum(entry => 1 + Terms(entry.Value)),
        string => 0,
        IEnumerable list => list.Cast<object?>().Sum(element => 1 + Terms(element)),
        _ => 0,
    };

    internal static QueryError Invalid(string message) => new(QueryErrorCodes.InvalidFilter, message);
}

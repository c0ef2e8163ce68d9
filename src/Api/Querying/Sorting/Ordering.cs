using System.Linq.Expressions;
using System.Reflection;

namespace PartyOrg.Api.Querying.Sorting;

/// <summary>Applies sort steps to a query as OrderBy/ThenBy calls, optionally reversed for backward paging.</summary>
public static class Ordering
{
    private static readonly MethodInfo[] Methods = [.. new[] { "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending" }
        .Select(name => typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2))];

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortStep> steps, bool reverse = false) =>
        query.Provider.CreateQuery<T>(ApplyTo(query.Expression, typeof(T), steps, reverse));

    /// <summary>The same ordering on a raw expression, for correlated subqueries.</summary>
    public static Expression ApplyTo(Expression source, Type elementType, IReadOnlyList<SortStep> steps, bool reverse)
    {
        var expression = source;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var descending = step.Descending != reverse;
            var method = Methods[(i == 0 ? 0 : 2) + (descending ? 1 : 0)]
                .MakeGenericMethod(elementType, step.Field.Selector.ReturnType);
            expression = Expression.Call(method, expression, Expression.Quote(step.Field.Selector));
        }

        return expression;
    }
}

using System.Linq.Expressions;
using System.Reflection;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;

namespace PartyOrg.Api.Querying.Paging;

/// <summary>
/// The keyset predicate "after this row in this order": (k1 &gt; v1) or (k1 = v1 and k2 &gt; v2) or …
/// Nulls sort first, as SQLite and SQL Server both sort them in ascending order.
/// </summary>
public static class Keyset
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortStep> steps, object?[] values, bool beyond = true)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var members = steps.Select(s => s.Field.Selector.Rebind(parameter)).ToArray();
        Expression? any = null;
        for (var i = 0; i < steps.Count; i++)
        {
            Expression clause = Beyond(members[i], values[i], steps[i].Descending == beyond);
            for (var j = i - 1; j >= 0; j--)
            {
                clause = Expression.AndAlso(Same(members[j], values[j]), clause);
            }

            any = any is null ? clause : Expression.OrElse(any, clause);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), parameter);
    }

    private static Expression Same(Expression member, object? value) =>
        value is null ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.Equal(member, Box(value, member.Type));

    /// <summary>Strictly before (<paramref name="less"/>) or after the value in ascending order, nulls first.</summary>
    private static Expression Beyond(Expression member, object? value, bool less)
    {
        var nullable = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        if (value is null)
        {
            return less ? Expression.Constant(false) : Expression.NotEqual(member, Expression.Constant(null, member.Type));
        }

        var comparison = Compare(member, Box(value, member.Type), less);
        return less && nullable ? Expression.OrElse(Expression.Equal(member, Expression.Constant(null, member.Type)), comparison) : comparison;
    }

    private static Expression Compare(Expression member, Expression value, bool less)
    {
        if (member.Type == typeof(string))
        {
            var call = Expression.Call(StringCompare, member, value);
            return less ? Expression.LessThan(call, Expression.Constant(0)) : Expression.GreaterThan(call, Expression.Constant(0));
        }

        var underlying = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (underlying.IsEnum)
        {
            var numeric = Nullable.GetUnderlyingType(member.Type) is null ? Enum.GetUnderlyingType(underlying) : typeof(Nullable<>).MakeGenericType(Enum.GetUnderlyingType(underlying));
            member = Expression.Convert(member, numeric);
            value = Expression.Convert(value, numeric);
        }

        return less ? Expression.LessThan(member, value) : Expression.GreaterThan(member, value);
    }

    private static Expression Box(object value, Type type) => ValueBox.Of(value, type);
}

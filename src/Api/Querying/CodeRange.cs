using System.Linq.Expressions;
using PartyOrg.Api.Querying.Filtering;

namespace PartyOrg.Api.Querying;

/// <summary>
/// A subtree of divisions as a condition on a code column: every code in it starts with the subtree's prefix, so
/// the condition is one indexed range [prefix000…, prefix999…] rather than a LIKE.
/// </summary>
public static class CodeRange
{
    private static readonly System.Reflection.MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Rows whose <paramref name="code"/> (of <paramref name="length"/> digits) starts with <paramref name="prefix"/>.</summary>
    public static Expression<Func<T, bool>> Of<T>(Expression<Func<T, string>> code, string prefix, int length)
    {
        if (prefix.Length > length)
        {
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(false), code.Parameters);
        }

        var low = ValueBox.Of(prefix.PadRight(length, '0'), typeof(string));
        var high = ValueBox.Of(prefix.PadRight(length, '9'), typeof(string));
        var zero = Expression.Constant(0);
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(Compare, code.Body, low), zero),
            Expression.LessThanOrEqual(Expression.Call(Compare, code.Body, high), zero));
        return Expression.Lambda<Func<T, bool>>(body, code.Parameters);
    }
}

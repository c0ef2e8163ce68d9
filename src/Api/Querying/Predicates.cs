using System.Linq.Expressions;

namespace PartyOrg.Api.Querying;

/// <summary>Combines optional predicates over the same row type.</summary>
public static class Predicates
{
    public static Expression<Func<T, bool>>? And<T>(Expression<Func<T, bool>>? left, Expression<Func<T, bool>>? right)
    {
        if (left is null || right is null)
        {
            return left ?? right;
        }

        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, right.Rebind(left.Parameters[0])), left.Parameters[0]);
    }
}

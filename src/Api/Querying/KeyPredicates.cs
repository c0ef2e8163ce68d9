using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Querying.Filtering;

namespace PartyOrg.Api.Querying;

/// <summary><c>keys.Contains(key(row))</c> with the keys sent as one parameter.</summary>
public static class KeyPredicates
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    private static readonly MethodInfo AsParameter = typeof(EF).GetMethod(nameof(EF.Parameter))!;

    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IReadOnlyCollection<TKey> keys)
    {
        var list = keys as List<TKey> ?? [.. keys];
        // EF Core 10 otherwise sends every key as its own parameter: a level with thousands of parents
        // then exceeds SQL Server's 2,100 parameters (and SQLite's 32,766 at full scale) and runs slowly.
        // EF.Parameter keeps the list one JSON array parameter (OPENJSON / json_each).
        var parameter = Expression.Call(AsParameter.MakeGenericMethod(typeof(List<TKey>)), ValueBox.Of(list, typeof(List<TKey>)));
        return Expression.Lambda<Func<T, bool>>(Expression.Call(Contains.MakeGenericMethod(typeof(TKey)), parameter, key.Body), key.Parameters);
    }
}

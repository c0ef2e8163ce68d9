using System.Linq.Expressions;
using PartyOrg.Api.Querying.Filtering;

namespace PartyOrg.Api.Querying;

/// <summary><c>keys.Contains(key(row))</c> with the keys sent as one parameter.</summary>
public static class KeyPredicates
{
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IReadOnlyCollection<TKey> keys)
    {
        var list = keys as List<TKey> ?? [.. keys];
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(TKey));
        return Expression.Lambda<Func<T, bool>>(Expression.Call(contains, ValueBox.Of(list, typeof(List<TKey>)), key.Body), key.Parameters);
    }
}

using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// Batched lookups by key for a request: every field of a level asking for rows by key is served
/// by one statement with a short-lived context of its own.
/// </summary>
public static class RowLoaders
{
    /// <summary>The row whose key is <paramref name="value"/> (and that matches <paramref name="where"/>, if given), or null.</summary>
    public static IDataLoaderResult<T?> One<T, TKey>(IResolveFieldContext context, Expression<Func<T, TKey>> key, TKey value, Expression<Func<T, bool>>? where = null)
        where T : class
        where TKey : notnull =>
        One(context, key, value, where, projection: null);

    /// <summary>
    /// As <see cref="One{T, TKey}(IResolveFieldContext, Expression{Func{T, TKey}}, TKey, Expression{Func{T, bool}}?)"/>,
    /// reading only the columns of <paramref name="projection"/> (null: the whole row); the key must be among them.
    /// </summary>
    public static IDataLoaderResult<T?> One<T, TKey>(
        IResolveFieldContext context, Expression<Func<T, TKey>> key, TKey value, Expression<Func<T, bool>>? where, RowProjection<T>? projection)
        where T : class
        where TKey : notnull
    {
        return Loader(context, new OneKey(typeof(T), new ExpressionKey(key), new ExpressionKey(where), projection?.Name), () =>
        {
            var compiled = CompiledKeys.Of(key);
            return new BatchLoader<TKey, T?>(async (keys, ct) =>
            {
                await using var db = await Contexts(context).CreateDbContextAsync(ct);
                var rows = db.Set<T>().AsNoTracking().Where(KeyPredicates.In(key, keys));
                rows = where is null ? rows : rows.Where(where);
                var found = await (projection is null ? rows : rows.Select(projection.Select)).ToListAsync(ct);
                return found.GroupBy(compiled).ToDictionary(g => g.Key, g => (T?)g.First());
            }, _ => null);
        }).Load(value);
    }

    /// <summary>All rows whose <paramref name="key"/> is <paramref name="value"/>, in the given order.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> Many<T, TKey, TOrder>(
        IResolveFieldContext context, Expression<Func<T, TKey>> key, TKey value, Expression<Func<T, TOrder>> order)
        where T : class
        where TKey : notnull
    {
        return Loader(context, new ManyKey(typeof(T), new ExpressionKey(key), new ExpressionKey(order)), () =>
        {
            var compiled = CompiledKeys.Of(key);
            return new BatchLoader<TKey, IReadOnlyList<T>>(async (keys, ct) =>
            {
                await using var db = await Contexts(context).CreateDbContextAsync(ct);
                var rows = await db.Set<T>().AsNoTracking().Where(KeyPredicates.In(key, keys)).OrderBy(order).ToListAsync(ct);
                return rows.GroupBy(compiled).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
            }, _ => []);
        }).Load(value);
    }

    private static T Loader<T>(IResolveFieldContext context, LoaderKey key, Func<T> create)
        where T : class =>
        context.RequestServices!.GetRequiredService<RequestLoaders>().GetOrAdd(key, create);

    private static IDbContextFactory<PartyDbContext> Contexts(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<PartyDbContext>>();

    /// <summary>Rows of <paramref name="Row"/> by <paramref name="Key"/>, one per key, among those matching <paramref name="Where"/>, with the columns <paramref name="Columns"/> (null: all).</summary>
    private sealed record OneKey(Type Row, ExpressionKey Key, ExpressionKey Where, string? Columns) : LoaderKey;

    /// <summary>Rows of <paramref name="Row"/> by <paramref name="Key"/>, all per key, in <paramref name="Order"/>.</summary>
    private sealed record ManyKey(Type Row, ExpressionKey Key, ExpressionKey Order) : LoaderKey;
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// Pages of children for many parents in one statement: the filter, the cursor bound, the order
/// and the per-parent limit all go into a correlated subquery that EF Core turns into a
/// <c>ROW_NUMBER() OVER (PARTITION BY parent key …)</c> window. Counts are one grouped statement.
/// </summary>
public sealed class ChildConnections<TParent, TChild, TKey>(
    Expression<Func<TParent, TKey>> parentKey,
    Expression<Func<TChild, TKey>> childKey)
    where TParent : class
    where TChild : class
    where TKey : notnull
{
    private readonly Func<TParent, TKey> _parentKeyOf = parentKey.Compile();
    private readonly Func<TChild, TKey> _keyOf = childKey.Compile();
    private readonly string[] _keyColumns = [.. RowColumns.Of(childKey)];

    /// <summary>Where the children can come from without the database, for the requests that allow it (divisions: the directory).</summary>
    public IMemoryChildren<TKey, TChild>? Memory { get; init; }

    /// <summary>The key under which <paramref name="parent"/>'s children are loaded.</summary>
    public TKey KeyOf(TParent parent) => _parentKeyOf(parent);

    /// <summary>The columns the loader itself reads of a child: the key it groups by and those of the order (cursors are made of them).</summary>
    public IEnumerable<string> ColumnsFor(ConnectionQuery<TChild> query) => _keyColumns.Concat(query.OrderColumns);

    /// <summary>
    /// The page of children of each parent: <paramref name="projection"/>, when given, names the columns read (it
    /// must hold those of <see cref="ColumnsFor"/>); null reads whole rows.
    /// </summary>
    public async Task<IReadOnlyDictionary<TKey, List<TChild>>> LoadPagesAsync(
        PartyDbContext db, IReadOnlyList<TKey> keys, ConnectionQuery<TChild> query, RowProjection<TChild>? projection, CancellationToken cancellationToken)
    {
        var keyList = keys.ToList();
        var inner = Children(db, keyList, query.Filter);
        if (query.Bound is not null)
        {
            inner = inner.Where(query.Bound);
        }

        var parent = Expression.Parameter(typeof(TParent), "p");
        var child = Expression.Parameter(typeof(TChild), "c");
        var correlation = Expression.Lambda<Func<TChild, bool>>(
            Expression.Equal(childKey.Rebind(child), parentKey.Rebind(parent)), child);
        var perParent = Ordering.ApplyTo(
            Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TChild)], inner.Expression, Expression.Quote(correlation)),
            typeof(TChild), query.Steps, query.Page.Backward);
        perParent = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(TChild)], perParent, Expression.Constant(query.Page.Size + 1));
        if (projection is not null)
        {
            perParent = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TChild), typeof(TChild)], perParent, Expression.Quote(projection.Select));
        }

        var selector = Expression.Lambda<Func<TParent, IEnumerable<TChild>>>(perParent, parent);

        // Read-only rows: no change tracking for the parents nor the children they bring.
        var parents = db.Set<TParent>().AsNoTracking().Where(KeyPredicates.In(parentKey, keyList));
        var rows = await Ordering.Apply(parents.SelectMany(selector), query.Steps, query.Page.Backward).ToListAsync(cancellationToken);
        var pages = keys.ToDictionary(k => k, _ => new List<TChild>());
        foreach (var row in rows)
        {
            pages[_keyOf(row)].Add(row);
        }

        return pages;
    }

    public async Task<IReadOnlyDictionary<TKey, int>> CountAsync(
        PartyDbContext db, IReadOnlyList<TKey> keys, Expression<Func<TChild, bool>>? filter, CancellationToken cancellationToken)
    {
        var counts = await Children(db, [.. keys], filter).GroupBy(childKey)
            .Select(g => new KeyCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var result = keys.ToDictionary(k => k, _ => 0);
        foreach (var count in counts)
        {
            result[count.Key] = count.Count;
        }

        return result;
    }

    private IQueryable<TChild> Children(PartyDbContext db, List<TKey> keys, Expression<Func<TChild, bool>>? filter)
    {
        var children = db.Set<TChild>().AsNoTracking().Where(KeyPredicates.In(childKey, keys));
        return filter is null ? children : children.Where(filter);
    }

    private sealed record KeyCount(TKey Key, int Count);
}

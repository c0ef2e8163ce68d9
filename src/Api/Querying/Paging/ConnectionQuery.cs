using System.Linq.Expressions;
using GraphQL.DataLoader;
using PartyOrg.Api.Querying.Sorting;

namespace PartyOrg.Api.Querying.Paging;

/// <summary>Everything one connection field asks for, decoded and validated before any SQL runs.</summary>
public sealed class ConnectionQuery<T>(Expression<Func<T, bool>>? filter, IReadOnlyList<SortStep> steps, PageRequest page)
{
    public Expression<Func<T, bool>>? Filter { get; } = filter;

    public IReadOnlyList<SortStep> Steps { get; } = steps;

    public PageRequest Page { get; } = page;

    /// <summary>The cursor bound as a predicate, or null when the request has none.</summary>
    public Expression<Func<T, bool>>? Bound { get; } = Bind(steps, page);

    /// <summary>The stored columns the order reads: rows read with some columns only need them for the order and the cursors.</summary>
    public IEnumerable<string> OrderColumns => Steps.SelectMany(step => step.Field.Columns);

    /// <summary>Turns fetched rows (one extra beyond the page, in query order) into a page of the connection.</summary>
    public Connection<T> ToConnection(List<T> rows, Func<IDataLoaderResult<int>> totalCount)
    {
        var more = rows.Count > Page.Size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (Page.Backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => new Edge<T>(EncodeCursor, r)).ToList();
        var info = new PageInfo(
            hasNextPage: Page.Backward ? Page.Before is not null : more,
            hasPreviousPage: Page.Backward ? more : Page.After is not null,
            () => edges.Count > 0 ? edges[0].Cursor : null,
            () => edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, info, totalCount);
    }

    private string EncodeCursor(T row) => Paging.Cursor.Encode(Steps, [.. Steps.Select(s => s.Field.Read(row!))]);

    private static Expression<Func<T, bool>>? Bind(IReadOnlyList<SortStep> steps, PageRequest page)
    {
        Expression<Func<T, bool>>? after = page.After is null ? null : Keyset.After<T>(steps, Paging.Cursor.Decode(page.After, steps));
        Expression<Func<T, bool>>? before = page.Before is null ? null : Keyset.After<T>(steps, Paging.Cursor.Decode(page.Before, steps), beyond: false);
        return Predicates.And(after, before);
    }
}

using GraphQL.DataLoader;

namespace PartyOrg.Api.Querying.Paging;

/// <summary>A Relay connection page; its total count is loaded only if a client selects it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    public IDataLoaderResult<int> LoadTotalCount() => totalCount();
}

/// <summary>A node and its cursor; the cursor is encoded only if a client selects it (most dashboards read only <c>nodes</c>).</summary>
public sealed class Edge<T>(Func<T, string> encode, T node)
{
    private string? _cursor;

    public string Cursor => _cursor ??= encode(Node);

    public T Node { get; } = node;
}

/// <summary>Relay's page info; its cursors come from the first and last edges, encoded on demand.</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
{
    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public string? StartCursor => startCursor();

    public string? EndCursor => endCursor();
}

using GraphQL.DataLoader;

namespace PartyOrg.Api.Querying.Paging;

/// <summary>A Relay connection page; its total count is loaded only if a client selects it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    public IDataLoaderResult<int> LoadTotalCount() => totalCount();
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

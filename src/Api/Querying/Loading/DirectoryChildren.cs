using System.Linq.Expressions;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>Children a connection can read without the database when the request allows it; null means "ask the database".</summary>
public interface IMemoryChildren<TKey, TChild>
    where TKey : notnull
{
    Task<IReadOnlyDictionary<TKey, List<TChild>>?> TryLoadPagesAsync(IServiceProvider services, IReadOnlyList<TKey> keys, ConnectionQuery<TChild> query, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<TKey, int>?> TryCountAsync(IServiceProvider services, IReadOnlyList<TKey> keys, Expression<Func<TChild, bool>>? filter, CancellationToken cancellationToken);
}

/// <summary>
/// Division children (leagues, banners, townships: the fixed NBS tables, never changed by the API) served from the
/// in-memory <see cref="DivisionDirectory"/>, the way lookups by code already are. Only pages in the default order
/// (the code, the key; ascending or descending) without a filter or a cursor are served here: anything else, whose semantics are the database's
/// (string comparison, collation), goes to SQL as before. Villages stay in SQL: their facts change.
/// </summary>
public sealed class DirectoryChildren<TChild> : IMemoryChildren<string, TChild>
    where TChild : class, IDivision
{
    /// <summary>Whether the page is the children in code order, with no filter or cursor: all the directory can answer.</summary>
    private static bool Serves(ConnectionQuery<TChild> query) =>
        query.Filter is null && query.Bound is null
        && query.Steps.All(s => s.Field.Name is "id" or "code" && s.Descending == query.Steps[0].Descending);

    public async Task<IReadOnlyDictionary<string, List<TChild>>?> TryLoadPagesAsync(
        IServiceProvider services, IReadOnlyList<string> keys, ConnectionQuery<TChild> query, CancellationToken cancellationToken)
    {
        if (!Serves(query))
        {
            return null;
        }

        var snapshot = await Directory(services).GetAsync(cancellationToken);
        // As SQL would return them: in query order (reversed when paging backward), one row beyond the page.
        var descending = query.Steps[0].Descending != query.Page.Backward;
        var take = query.Page.Size + 1;
        var pages = new Dictionary<string, List<TChild>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var children = snapshot.Children(key);
            var count = Math.Min(take, children.Count);
            var page = new List<TChild>(count);
            for (var i = 0; i < count; i++)
            {
                page.Add((TChild)children[descending ? children.Count - 1 - i : i]);
            }

            pages[key] = page;
        }

        return pages;
    }

    public async Task<IReadOnlyDictionary<string, int>?> TryCountAsync(
        IServiceProvider services, IReadOnlyList<string> keys, Expression<Func<TChild, bool>>? filter, CancellationToken cancellationToken)
    {
        if (filter is not null)
        {
            return null;
        }

        var snapshot = await Directory(services).GetAsync(cancellationToken);
        return keys.ToDictionary(k => k, k => snapshot.Children(k).Count, StringComparer.Ordinal);
    }

    private static DivisionDirectory Directory(IServiceProvider services) => services.GetRequiredService<DivisionDirectory>();
}

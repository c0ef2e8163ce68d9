using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>The median days to a reply, from the reply-time histograms of every node of a level in one statement.</summary>
public static class ResponseTimes
{
    public static IDataLoaderResult<double?> OfDivision(IResolveFieldContext context, string code) =>
        Loader<string>(context, new DivisionKey(), async (db, codes, ct) => await db.ResponseTimeRollups
            .Where(KeyPredicates.In<ResponseTimeRollup, string>(r => r.Code, codes))
            .Select(r => new Row<string>(r.Code, r.Days, r.Count)).ToListAsync(ct)).Load(code);

    public static IDataLoaderResult<double?> OfBranch(IResolveFieldContext context, long branchId) =>
        Loader<long>(context, new BranchKey(), async (db, ids, ct) => await db.BranchResponseTimeRollups
            .Where(KeyPredicates.In<BranchResponseTimeRollup, long>(r => r.BranchId, ids))
            .Select(r => new Row<long>(r.BranchId, r.Days, r.Count)).ToListAsync(ct)).Load(branchId);

    private static BatchLoader<TKey, double?> Loader<TKey>(
        IResolveFieldContext context, LoaderKey key, Func<PartyDbContext, IReadOnlyList<TKey>, CancellationToken, Task<List<Row<TKey>>>> read)
        where TKey : notnull
    {
        var services = context.RequestServices!;
        var contexts = services.GetRequiredService<IDbContextFactory<PartyDbContext>>();
        return services.GetRequiredService<RequestLoaders>().GetOrAdd(key, () => new BatchLoader<TKey, double?>(async (keys, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await read(db, keys, ct);
            return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => ServiceBuckets.Median([.. g.Select(r => (r.Days, r.Count))]));
        }, _ => null));
    }

    private sealed record Row<TKey>(TKey Key, int Days, int Count);

    private sealed record DivisionKey : LoaderKey;

    private sealed record BranchKey : LoaderKey;
}

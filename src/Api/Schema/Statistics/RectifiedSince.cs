using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>Completed rectifications since a year, for every division of a level in one grouped statement.</summary>
public static class RectifiedSince
{
    public static IDataLoaderResult<int> Load(IResolveFieldContext context, string code, int since)
    {
        var services = context.RequestServices!;
        var contexts = services.GetRequiredService<IDbContextFactory<PartyDbContext>>();
        var loader = services.GetRequiredService<RequestLoaders>().GetOrAdd(new Key(since), () => new BatchLoader<string, int>(async (codes, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.RectificationRollups.Where(KeyPredicates.In<RectificationRollup, string>(r => r.Code, codes))
                .Where(r => r.ListedYear >= since)
                .GroupBy(r => r.Code)
                .Select(g => new { Code = g.Key, Completed = g.Sum(r => r.Completed) })
                .ToDictionaryAsync(g => g.Code, g => g.Completed, StringComparer.Ordinal, ct);
        }, _ => 0));
        return loader.Load(code);
    }

    private sealed record Key(int Since) : LoaderKey;
}

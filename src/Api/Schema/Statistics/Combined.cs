using GraphQL.DataLoader;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>Two pending loads joined once both arrive; both were queued before either is awaited, so each still batches with its siblings.</summary>
public sealed class Combined<TFirst, TSecond, TOut>(IDataLoaderResult<TFirst> first, IDataLoaderResult<TSecond> second, Func<TFirst, TSecond, TOut> join)
    : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var one = await first.GetResultAsync(cancellationToken);
        return join(one, await second.GetResultAsync(cancellationToken));
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

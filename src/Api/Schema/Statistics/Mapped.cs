using GraphQL.DataLoader;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>A pending load whose value is transformed once it arrives; the load still batches with its siblings.</summary>
public sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

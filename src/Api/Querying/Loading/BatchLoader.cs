using GraphQL.DataLoader;
using PartyOrg.Api.Telemetry;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// Our DataLoader on GraphQL.NET's <see cref="IDataLoaderResult{T}"/>: keys queued while the engine
/// resolves a level are fetched together in one call when the first result is awaited; keys queued
/// after that go into the next batch.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, Func<TKey, TValue> missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Batch _pending = new();

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            _pending.Keys.Add(key);
            return new Result(this, _pending, key);
        }
    }

    private async Task<TValue> ResolveAsync(Batch batch, TKey key, CancellationToken cancellationToken)
    {
        Lazy<Task<IReadOnlyDictionary<TKey, TValue>>> fetching;
        lock (_gate)
        {
            if (batch.Fetch is null)
            {
                // Seal the batch: later keys go to a new one. The query itself runs outside the lock.
                var keys = batch.Keys.ToList();
                batch.Fetch = new Lazy<Task<IReadOnlyDictionary<TKey, TValue>>>(() => FetchTracedAsync(keys, cancellationToken));
                if (ReferenceEquals(batch, _pending))
                {
                    _pending = new Batch();
                }
            }

            fetching = batch.Fetch;
        }

        var values = await fetching.Value;
        return values.TryGetValue(key, out var value) ? value : missing(key);
    }

    /// <summary>One span per batch, under the operation's: what the batch loads and how many keys (never the keys themselves).</summary>
    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchTracedAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        using var span = ApiTelemetry.Source.StartActivity(LoaderSpans.Name);
        span?.SetTag(ApiTelemetry.LoaderValue, LoaderSpans.ValueName);
        span?.SetTag(ApiTelemetry.LoaderKeys, keys.Count);
        return await fetch(keys, cancellationToken);
    }

    private static class LoaderSpans
    {
        public const string Name = "loader batch";

        public static readonly string ValueName = Readable(typeof(TValue));

        private static string Readable(Type type) => type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Readable))}>"
            : type.Name;
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = [];

        public Lazy<Task<IReadOnlyDictionary<TKey, TValue>>>? Fetch { get; set; }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResolveAsync(batch, key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

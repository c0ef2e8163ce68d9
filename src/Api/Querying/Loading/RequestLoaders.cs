using System.Collections.Concurrent;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>The loaders of one request, by the identity of what they load; a scoped service.</summary>
public sealed class RequestLoaders
{
    private readonly ConcurrentDictionary<LoaderKey, object> _loaders = new();

    public T GetOrAdd<T>(LoaderKey key, Func<T> create)
        where T : class =>
        _loaders.GetOrAdd(key, _ => create()) as T ?? throw new InvalidOperationException($"{key} is the key of a loader of another type than {typeof(T).Name}.");
}

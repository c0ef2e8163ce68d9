using System.Collections.Concurrent;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>The loaders of one request, by the identity of what they load; a scoped service.</summary>
public sealed class RequestLoaders
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public T GetOrAdd<T>(string identity, Func<T> create)
        where T : class =>
        (T)_loaders.GetOrAdd(identity, _ => create());
}

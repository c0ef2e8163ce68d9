using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>The caller an API key stands for, or why the key is refused.</summary>
public sealed record Authentication(Caller? Caller, string? Refusal)
{
    /// <summary>The key text the caller authenticated with; null for anonymous callers and refusals.</summary>
    public string? Key { get; init; }

    public static Authentication Of(Caller caller) => new(caller, null);

    public static Authentication Refused(string why) => new(null, why);
}

/// <summary>
/// Turns an <c>Authorization</c> header (HTTP) or a key (WebSocket <c>connection_init</c>) into a <see cref="Caller"/>.
/// A checked key is remembered for <see cref="SecurityOptions.KeyCacheSeconds"/>, so steady traffic reads no key rows.
/// </summary>
public sealed class KeyAuthenticator(ApiKeys keys, DivisionDirectory directory, SecurityOptions options, TimeProvider clock)
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    private const int MaxKeyLength = 200;

    private readonly ConcurrentDictionary<string, (Authentication Result, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    /// <summary>An <c>Authorization</c> header value: none is anonymous; anything but <c>Bearer &lt;key&gt;</c> is refused.</summary>
    public Task<Authentication> FromHeaderAsync(string? header, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(Authentication.Of(Caller.Anonymous));
        }

        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? FromKeyAsync(header[scheme.Length..].Trim(), cancellationToken)
            : Task.FromResult(Authentication.Refused("The Authorization header must read 'Bearer <API key>'."));
    }

    public async Task<Authentication> FromKeyAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length > MaxKeyLength || ApiKeys.ParseId(key) is null)
        {
            return Authentication.Refused("The API key is not in the form of this service's keys (pok_…).");
        }

        var now = clock.GetUtcNow();
        var cacheKey = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        if (_cache.TryGetValue(cacheKey, out var cached) && cached.Until > now)
        {
            return cached.Result;
        }

        var result = await CheckAsync(key, now, cancellationToken);
        if (result.Caller is not null)
        {
            result = result with { Key = key };
        }

        _cache[cacheKey] = (result, now.AddSeconds(options.KeyCacheSeconds));
        if (_cache.Count > 10_000)
        {
            // Unknown keys sent in bulk must not grow memory without bound.
            foreach (var stale in _cache.Where(e => e.Value.Until <= now || e.Value.Result.Caller is null))
            {
                _cache.TryRemove(stale.Key, out _);
            }
        }

        return result;
    }

    /// <summary>
    /// A stream token from <c>createStreamToken</c> (for <c>EventSource</c>, which cannot send headers): the caller of the key
    /// that asked for it, while the token has not expired and the key is still valid. Checked on every use, never cached.
    /// </summary>
    public async Task<Authentication> FromStreamTokenAsync(string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (StreamTokens.Parse(token) is not { } parsed)
        {
            return Authentication.Refused("The stream token is not in the form of this service's stream tokens (pst_…): ask createStreamToken for one.");
        }

        var key = await keys.FindByIdAsync(parsed.KeyId, cancellationToken);
        if (key is null || !StreamTokens.IsSignedBy(parsed, key.PseudonymSalt))
        {
            return Authentication.Refused("The stream token is not valid.");
        }

        if (parsed.ExpiresAt <= now)
        {
            return Authentication.Refused($"The stream token expired at {parsed.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: ask createStreamToken for a new one.");
        }

        return await CheckAsync(key, now, cancellationToken);
    }

    /// <summary>
    /// Why a caller that was let in earlier (an open stream, a running webhook) is no longer let in: its key was revoked,
    /// expired or deleted since; null while the key is still valid, and always for anonymous callers. Remembered per key
    /// for <see cref="SecurityOptions.KeyCacheSeconds"/>, like a checked key, so thousands of open streams on one key
    /// read its row once per interval, not once each.
    /// </summary>
    public async Task<string?> RefusalSinceAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.KeyId is not { } id)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var cacheKey = "id:" + id;
        if (!_cache.TryGetValue(cacheKey, out var cached) || cached.Until <= now)
        {
            cached = (await FromKeyIdAsync(id, cancellationToken), now.AddSeconds(options.KeyCacheSeconds));
            _cache[cacheKey] = cached;
        }

        return cached.Result.Refusal;
    }

    /// <summary>The caller of the key with this id, as a webhook of that key is delivered; refused when it is revoked, expired or gone.</summary>
    public async Task<Authentication> FromKeyIdAsync(string id, CancellationToken cancellationToken)
    {
        var key = await keys.FindByIdAsync(id, cancellationToken);
        return key is null ? Authentication.Refused($"The API key '{id}' no longer exists.") : await CheckAsync(key, clock.GetUtcNow(), cancellationToken);
    }

    private async Task<Authentication> CheckAsync(string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(text, cancellationToken);
        return key is null ? Authentication.Refused("The API key is not known.") : await CheckAsync(key, now, cancellationToken);
    }

    private async Task<Authentication> CheckAsync(ApiKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (key.RevokedAt is not null)
        {
            return Authentication.Refused($"The API key '{key.Id}' was revoked.");
        }

        if (key.ExpiresAt is { } expiry && expiry <= now)
        {
            return Authentication.Refused($"The API key '{key.Id}' expired on {expiry.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        }

        var division = (await directory.GetAsync(cancellationToken)).Find(key.ScopeCode);
        if (division is null)
        {
            return Authentication.Refused($"The API key '{key.Id}' is scoped to '{key.ScopeCode}', which is no longer a division.");
        }

        var scope = key.Role == Role.Admin ? Subtree.Everything : new Subtree(division.SubtreePrefix());
        var caller = new Caller(key.Role, scope, key.Id, key.PseudonymSalt);
        return Authentication.Of(caller);
    }
}

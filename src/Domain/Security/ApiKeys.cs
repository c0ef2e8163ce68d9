using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Security;

/// <summary>Creates, lists, revokes and checks API keys. The key text is shown once, at creation; only its hash is kept.</summary>
public sealed class ApiKeys(IDbContextFactory<PartyDbContext> contexts, DivisionDirectory directory, TimeProvider clock)
{
    public const string Prefix = "pok_";
    public const int IdLength = 12;
    public const int MaxNameLength = 100;

    /// <summary>The region's code: the scope of region-wide keys.</summary>
    public const string RegionCode = "150000";
    private const int SecretBytes = 32;

    /// <summary>A new key. Returns the stored record and the key text, which is not kept anywhere.</summary>
    public async Task<(ApiKey Key, string Text)> CreateAsync(string name, Role role, string scopeCode, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        if (role == Role.Anonymous)
        {
            throw new ArgumentException("A key needs a role other than anonymous: dashboard, partner, organizer or admin.", nameof(role));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            throw new ArgumentException($"A key's name has 1 to {MaxNameLength} characters.", nameof(name));
        }

        var now = clock.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new ArgumentException($"The expiry {expiry:yyyy-MM-dd HH:mm} UTC is not in the future.", nameof(expiresAt));
        }

        if (role == Role.Admin && scopeCode != RegionCode)
        {
            throw new ArgumentException($"An admin key is region-wide: give it the scope {RegionCode}, not '{scopeCode}'.", nameof(scopeCode));
        }

        if ((await directory.GetAsync(cancellationToken)).Find(scopeCode) is null)
        {
            throw new ArgumentException($"There is no division with the code '{scopeCode}' to scope the key to.", nameof(scopeCode));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var id = Base32(RandomNumberGenerator.GetBytes(8))[..IdLength];
        var text = $"{Prefix}{id}_{Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
        var key = new ApiKey
        {
            Id = id,
            Name = name.Trim(),
            Role = role,
            ScopeCode = scopeCode,
            SecretHash = Hash(text),
            PseudonymSalt = RandomNumberGenerator.GetBytes(32),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, text);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id, StringComparer.Ordinal)];
    }

    /// <summary>Revokes the key with this id (or the key text itself); false if there is none.</summary>
    public async Task<bool> RevokeAsync(string idOrKey, CancellationToken cancellationToken)
    {
        var id = ParseId(idOrKey) ?? idOrKey.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FindAsync([id], cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The stored key the text belongs to, if any: found by its id, then its hash compared in constant time.</summary>
    public async Task<ApiKey?> FindAsync(string text, CancellationToken cancellationToken)
    {
        if (ParseId(text) is not { } id)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return key is not null && CryptographicOperations.FixedTimeEquals(key.SecretHash, Hash(text)) ? key : null;
    }

    /// <summary>The stored key with this id, for what acts on a key's behalf without its text (stream tokens, webhooks).</summary>
    public async Task<ApiKey?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
    }

    /// <summary>The id inside a key text of the right shape, or null.</summary>
    public static string? ParseId(string text)
    {
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + IdLength + 2 || text[Prefix.Length + IdLength] != '_')
        {
            return null;
        }

        var id = text.Substring(Prefix.Length, IdLength);
        return id.All(c => c is (>= 'a' and <= 'z') or (>= '2' and <= '7')) ? id : null;
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string Base32(byte[] bytes)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var text = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return text.ToString();
    }
}

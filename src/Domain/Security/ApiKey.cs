namespace PartyOrg.Domain.Security;

/// <summary>
/// An API key as stored: never the key itself, only the SHA-256 of its secret part, with the role and
/// the division whose subtree it is confined to. The key reads <c>pok_{Id}_{secret}</c>.
/// </summary>
public sealed class ApiKey
{
    /// <summary>The public part of the key: names it in listings and logs and finds its row.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public Role Role { get; init; }

    /// <summary>The division code of the key's scope; the region's code for region-wide keys.</summary>
    public required string ScopeCode { get; init; }

    /// <summary>SHA-256 of the whole key text.</summary>
    public required byte[] SecretHash { get; init; }

    /// <summary>
    /// A random secret of the key's own, never shown: it keys the pseudonyms a partner reads, so they cannot be
    /// recomputed from what the partner knows (its key text, a candidate name) and differ from every other key's.
    /// </summary>
    public required byte[] PseudonymSalt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Usable at <paramref name="now"/>: neither revoked nor expired.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Domain;

/// <summary>What the domain needs from the host, bound and checked by it: the database and what an empty one is seeded with.</summary>
/// <param name="Database">The provider and where its data lives.</param>
/// <param name="ConnectionString">The connection string resolved from <paramref name="Database"/> against the host's content root.</param>
/// <param name="Seed">The scale, seed and date of the generated data.</param>
public sealed record PartyDomainOptions(DatabaseOptions Database, string ConnectionString, SeedSettings Seed)
{
    /// <summary>How protected figures are released to third-party roles.</summary>
    public PrivacyOptions Privacy { get; init; } = new();
}

namespace PartyOrg.Domain.Generation;

/// <summary>What the database is seeded with when it is empty, or by the <c>seed</c> command.</summary>
public sealed record SeedSettings(SeedScale Scale, int Seed, DateOnly AsOf);

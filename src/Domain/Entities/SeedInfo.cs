namespace PartyOrg.Domain.Entities;

/// <summary>What generated the database's data: one row.</summary>
public sealed class SeedInfo
{
    public int Id { get; init; }
    public int Seed { get; init; }
    public required string Scale { get; init; }

    /// <summary>The date the generated data describes; ages and probation are relative to it.</summary>
    public DateOnly AsOf { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }
}

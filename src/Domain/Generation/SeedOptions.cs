namespace PartyOrg.Domain.Generation;

/// <summary>The <c>Seed</c> configuration section: what the first start generates.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary><c>demo</c> (default) or <c>full</c>.</summary>
    public string Scale { get; set; } = "demo";

    /// <summary>The random seed; the same seed always yields the same rows.</summary>
    public int Seed { get; set; } = DefaultSeed;

    /// <summary>The date the data describes; ages, probation and rating years are relative to it.</summary>
    public DateOnly AsOf { get; set; } = DefaultAsOf;

    public const int DefaultSeed = 2023;

    public static readonly DateOnly DefaultAsOf = new(2026, 7, 1);
}

namespace PartyOrg.Domain.Statistics;

/// <summary>How the rollups were computed: one row.</summary>
public sealed class StatisticsInfo
{
    public int Id { get; init; }

    /// <summary>The date members' ages are computed at in the age bands.</summary>
    public DateOnly AgeAsOf { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

namespace PartyOrg.Domain.Statistics;

/// <summary>Completed rectifications in a division's subtree by the year the branches were listed as weak.</summary>
public sealed class RectificationRollup
{
    public required string Code { get; init; }
    public int ListedYear { get; init; }
    public int Completed { get; set; }
}

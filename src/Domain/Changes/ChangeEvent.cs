namespace PartyOrg.Domain.Changes;

/// <summary>
/// One committed change in the change log. Positions increase strictly in commit order, so a
/// subscriber that remembers the last position it saw can resume without gap or duplicate.
/// </summary>
public sealed class ChangeEvent
{
    public long Position { get; init; }
    public ChangeKind Kind { get; init; }

    /// <summary>The village-level division the change belongs to; its subtree scopes subscriptions.</summary>
    public required string VillageCode { get; init; }

    /// <summary>For a transfer, the village the member left; the event belongs to both subtrees.</summary>
    public string? FromVillageCode { get; init; }

    /// <summary>The global ID of the node the change is about.</summary>
    public required string Subject { get; init; }

    /// <summary>The typed details, as JSON.</summary>
    public required string Details { get; init; }

    public DateTimeOffset CommittedAt { get; init; }
}

/// <summary>The last position handed out; one row. Taking it first serializes writers, so commit order is position order.</summary>
public sealed class ChangeLogHead
{
    public int Id { get; init; }
    public long Position { get; set; }
}

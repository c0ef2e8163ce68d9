namespace PartyOrg.Domain.Entities;

/// <summary>One listing of a branch as weak and lax (软弱涣散) and its rectification (整顿).</summary>
public sealed class Rectification
{
    public long Id { get; init; }
    public long BranchId { get; init; }
    public required string VillageCode { get; set; }
    public int ListedYear { get; init; }

    /// <summary>The year rectification was completed; null while still under way.</summary>
    public int? RectifiedYear { get; set; }
}

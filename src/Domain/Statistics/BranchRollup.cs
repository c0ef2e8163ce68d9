namespace PartyOrg.Domain.Statistics;

/// <summary>Member counts of one branch.</summary>
public sealed class BranchRollup : MemberRollup
{
    public long BranchId { get; init; }
}

namespace PartyOrg.Domain.Entities;

/// <summary>A Party member (党员).</summary>
public sealed class Member
{
    public long Id { get; init; }
    public long BranchId { get; set; }

    /// <summary>The village code of the member's branch, copied so any subtree is one indexed range.</summary>
    public required string VillageCode { get; set; }

    public required string Name { get; set; }
    public Gender Gender { get; set; }
    public Ethnicity Ethnicity { get; set; }
    public DateOnly BirthDate { get; set; }
    public DateOnly JoinedOn { get; set; }
    public MemberStatus Status { get; set; }
    public Education Education { get; set; }
    public Occupation Occupation { get; set; }
    public bool IsRetired { get; set; }

    /// <summary>For in-service members: the community they are registered with (在职党员进社区报到).</summary>
    public string? RegisteredCommunityCode { get; set; }

    public int Version { get; set; }
}

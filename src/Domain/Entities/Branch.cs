namespace PartyOrg.Domain.Entities;

/// <summary>A Party branch (党支部), the basic unit every member belongs to.</summary>
public sealed class Branch
{
    public long Id { get; init; }
    public required string Name { get; set; }
    public BranchSector Sector { get; set; }

    /// <summary>The village-level division the branch is located in; a subtree is a range of these codes.</summary>
    public required string VillageCode { get; set; }

    public DateOnly FoundedOn { get; set; }

    /// <summary>The member who leads the branch; always one of its own members.</summary>
    public long? SecretaryId { get; set; }

    public BranchRating Rating { get; set; }
    public int RatedYear { get; set; }
    public int Version { get; set; }

    /// <summary>Every time the branch was listed as weak, and its rectification.</summary>
    public ICollection<Rectification> Rectifications { get; init; } = [];
}

/// <summary>The field a branch works in (领域).</summary>
public enum BranchSector
{
    Rural,
    Community,
    Government,
    PublicInstitution,
    StateEnterprise,
    University,
    NonPublicEnterprise,
    SocialOrganization,
}

/// <summary>The branch's rating in the "strongest branch" campaign.</summary>
public enum BranchRating { Strongest, Standard, Weak }

namespace PartyOrg.Domain.Entities;

/// <summary>A practical-matter list (办实事清单) of a Party organisation or of one of its members.</summary>
public sealed class PracticalMatterList
{
    public long Id { get; init; }
    public required string Title { get; set; }
    public int Year { get; init; }

    /// <summary>The owning organisation, or the branch of the owning member when the list was made.</summary>
    public long BranchId { get; init; }

    /// <summary>The member whose personal list it is; null for an organisation's list.</summary>
    public long? MemberId { get; init; }

    /// <summary>The village code of <see cref="BranchId"/>, so a subtree is one range.</summary>
    public required string VillageCode { get; init; }

    /// <summary>Published to the public (向社会公开).</summary>
    public bool IsPublished { get; set; }

    /// <summary>Items on the list; kept with every change so the completed share costs nothing to read.</summary>
    public int ItemCount { get; set; }

    public int CompletedCount { get; set; }

    public int Version { get; set; }
}

/// <summary>One practical matter (实事) on a list: planned, then completed.</summary>
public sealed class PracticalMatter
{
    public long Id { get; init; }
    public long ListId { get; init; }

    /// <summary>The list's branch, copied so a branch's matters are one index range.</summary>
    public long BranchId { get; init; }

    public required string VillageCode { get; init; }
    public required string Title { get; init; }
    public ServiceCategory Category { get; init; }

    /// <summary>The suggestion it was adopted from, if any.</summary>
    public long? SourceSuggestionId { get; init; }

    public DateOnly PlannedOn { get; init; }
    public DateOnly? CompletedOn { get; set; }
    public PracticalMatterStatus Status { get; set; }
    public int Version { get; set; }
}

public enum PracticalMatterStatus { Planned, Completed }

/// <summary>What a practical matter or a volunteer service project is about.</summary>
public enum ServiceCategory
{
    ElderlyServices,
    LegalAid,
    PublicInterestLitigation,
    CollectiveEconomy,
    Employment,
    MedicalInsurance,
    SocialInsurance,
    Education,
    ChildCare,
    Environment,
    Infrastructure,
    SafetyPatrol,
    Culture,
    Health,
}

namespace PartyOrg.Domain.Statistics;

/// <summary>Everything counted in a division's subtree; the region's row holds the region-wide figures.</summary>
public sealed class DivisionRollup : MemberRollup
{
    /// <summary>The division's code.</summary>
    public required string Code { get; init; }

    /// <summary>All branches.</summary>
    public int Branches { get; set; }

    /// <summary>Rural and pastoral branches.</summary>
    public int RuralBranches { get; set; }

    /// <summary>Community branches.</summary>
    public int CommunityBranches { get; set; }

    /// <summary>Government organ branches.</summary>
    public int GovernmentBranches { get; set; }

    /// <summary>Public institution branches.</summary>
    public int PublicInstitutionBranches { get; set; }

    /// <summary>State enterprise branches.</summary>
    public int StateEnterpriseBranches { get; set; }

    /// <summary>University branches.</summary>
    public int UniversityBranches { get; set; }

    /// <summary>Non-public enterprise branches.</summary>
    public int NonPublicEnterpriseBranches { get; set; }

    /// <summary>Social organisation branches.</summary>
    public int SocialOrganizationBranches { get; set; }

    /// <summary>Branches rated strongest.</summary>
    public int StrongestBranches { get; set; }

    /// <summary>Branches rated standard.</summary>
    public int StandardBranches { get; set; }

    /// <summary>Branches rated weak and under rectification.</summary>
    public int WeakBranches { get; set; }

    /// <summary>All village-level units.</summary>
    public int Villages { get; set; }

    /// <summary>Villages and gachas.</summary>
    public int RuralVillages { get; set; }

    /// <summary>Communities.</summary>
    public int Communities { get; set; }

    /// <summary>Other village-level units.</summary>
    public int OtherVillages { get; set; }

    /// <summary>Gachas (pastoral villages).</summary>
    public int Gachas { get; set; }

    /// <summary>Villages with a one-stop service centre.</summary>
    public int ServiceCenters { get; set; }

    /// <summary>Service centres linked to the online platform.</summary>
    public int ServiceCentersLinkedOnline { get; set; }

    /// <summary>Villages whose Party secretary also chairs the villagers' or residents' committee.</summary>
    public int OneShoulderVillages { get; set; }

    /// <summary>Villages with a college-educated committee member.</summary>
    public int VillagesWithCollegeCommitteeMember { get; set; }

    /// <summary>Villages with a serving first secretary.</summary>
    public int VillagesWithFirstSecretary { get; set; }

    /// <summary>Work teams stationed.</summary>
    public int WorkTeams { get; set; }

    /// <summary>Resident cadres of the work teams stationed.</summary>
    public int ResidentCadres { get; set; }

    /// <summary>Two-committee members.</summary>
    public int CommitteeMembers { get; set; }

    /// <summary>Two-committee members from the talent pools.</summary>
    public int CommitteeFromTalentPools { get; set; }

    /// <summary>Grids.</summary>
    public int Grids { get; set; }

    /// <summary>Grid workers.</summary>
    public int GridWorkers { get; set; }

    /// <summary>Members registered with the communities of this subtree.</summary>
    public int RegisteredHere { get; set; }

    /// <summary>Annual community service funds in the subtree, in yuan.</summary>
    public long CommunityServiceFund { get; set; }
}

using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>Which branch counts of a division rollup one branch adds to.</summary>
public static class BranchBuckets
{
    public static void Apply(DivisionRollup rollup, Branch branch, int delta)
    {
        rollup.Branches += delta;
        _ = branch.Sector switch
        {
            BranchSector.Rural => rollup.RuralBranches += delta,
            BranchSector.Community => rollup.CommunityBranches += delta,
            BranchSector.Government => rollup.GovernmentBranches += delta,
            BranchSector.PublicInstitution => rollup.PublicInstitutionBranches += delta,
            BranchSector.StateEnterprise => rollup.StateEnterpriseBranches += delta,
            BranchSector.University => rollup.UniversityBranches += delta,
            BranchSector.NonPublicEnterprise => rollup.NonPublicEnterpriseBranches += delta,
            _ => rollup.SocialOrganizationBranches += delta,
        };
        _ = branch.Rating switch
        {
            BranchRating.Strongest => rollup.StrongestBranches += delta,
            BranchRating.Standard => rollup.StandardBranches += delta,
            _ => rollup.WeakBranches += delta,
        };
    }
}

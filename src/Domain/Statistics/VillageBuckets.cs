using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>What a village's rollups are computed from.</summary>
public sealed record VillageFacts(
    Village Village,
    IReadOnlyList<CommitteeMember> Committee,
    bool HasFirstSecretary,
    IReadOnlyList<int> WorkTeamCadres,
    int Grids,
    int GridWorkers);

/// <summary>Which village counts of a division rollup one village's facts add to.</summary>
public static class VillageBuckets
{
    public static void Apply(DivisionRollup rollup, VillageFacts facts, int delta)
    {
        var village = facts.Village;
        rollup.Villages += delta;
        _ = village.Kind switch
        {
            VillageKind.Village => rollup.RuralVillages += delta,
            VillageKind.Community => rollup.Communities += delta,
            _ => rollup.OtherVillages += delta,
        };
        rollup.Gachas += village.Name.Contains("嘎查", StringComparison.Ordinal) ? delta : 0;
        rollup.ServiceCenters += village.HasServiceCenter ? delta : 0;
        rollup.ServiceCentersLinkedOnline += village.HasServiceCenter && village.ServiceCenterLinkedOnline ? delta : 0;
        rollup.CommunityServiceFund += (long)(village.AnnualServiceFund ?? 0) * delta;
        rollup.OneShoulderVillages += facts.Committee.Any(c => c.IsPartySecretary && c.IsChair) ? delta : 0;
        rollup.VillagesWithCollegeCommitteeMember += facts.Committee.Any(c => c.Education >= Education.Associate) ? delta : 0;
        rollup.CommitteeMembers += facts.Committee.Count * delta;
        rollup.CommitteeFromTalentPools += facts.Committee.Count(c => c.Source != CommitteeSource.Other) * delta;
        rollup.VillagesWithFirstSecretary += facts.HasFirstSecretary ? delta : 0;
        rollup.WorkTeams += facts.WorkTeamCadres.Count * delta;
        rollup.ResidentCadres += facts.WorkTeamCadres.Sum() * delta;
        rollup.Grids += facts.Grids * delta;
        rollup.GridWorkers += facts.GridWorkers * delta;
    }
}

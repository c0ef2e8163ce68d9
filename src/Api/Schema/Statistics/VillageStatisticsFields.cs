using System.Linq.Expressions;
using GraphQL.Types;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

public static class VillageStatisticsFields
{
    public static void Add(ObjectGraphType<DivisionRollup> type)
    {
        Count(type, "villageCount", "Village-level units: villages, gachas, communities and others.", r => r.Villages);
        Count(type, "ruralVillageCount", "Villages and gachas (村/嘎查).", r => r.RuralVillages);
        Count(type, "communityCount", "Communities (社区).", r => r.Communities);
        Count(type, "otherVillageCount", "Other village-level units.", r => r.OtherVillages);
        Count(type, "gachaCount", "Gachas (嘎查), pastoral villages.", r => r.Gachas);
        Count(type, "serviceCenterCount", "Villages with a one-stop Party–public service centre (一站式党群服务中心).", r => r.ServiceCenters);
        Share(type, "serviceCenterCoverage", "Villages with a service centre, as a percentage of all village-level units.", r => r.ServiceCenters, r => r.Villages);
        Count(type, "serviceCentersLinkedOnlineCount", "Service centres linked to the online platform.", r => r.ServiceCentersLinkedOnline);
        Share(type, "serviceCentersLinkedOnlineShare", "Linked centres as a percentage of all centres.", r => r.ServiceCentersLinkedOnline, r => r.ServiceCenters);
        Count(type, "oneShoulderCount", "Villages where the Party secretary also chairs the villagers' or residents' committee (一肩挑).", r => r.OneShoulderVillages);
        Share(type, "oneShoulderShare", "One-shoulder villages as a percentage of all village-level units.", r => r.OneShoulderVillages, r => r.Villages);
        Count(type, "collegeEducatedCommitteeCount", "Villages whose two committees have a college-educated member.", r => r.VillagesWithCollegeCommitteeMember);
        Share(type, "collegeEducatedCommitteeShare", "Those villages as a percentage of all village-level units.", r => r.VillagesWithCollegeCommitteeMember, r => r.Villages);
        Count(type, "firstSecretaryCount", "First secretaries serving (第一书记), one per village at most.", r => r.VillagesWithFirstSecretary);
        Share(type, "firstSecretaryCoverage", "Villages with a first secretary as a percentage of all village-level units.", r => r.VillagesWithFirstSecretary, r => r.Villages);
        Count(type, "workTeamCount", "Village work teams stationed (驻村工作队).", r => r.WorkTeams);
        Count(type, "residentCadreCount", "Resident cadres of those teams (驻村干部).", r => r.ResidentCadres);
        Count(type, "committeeMemberCount", "Two-committee members (两委成员).", r => r.CommitteeMembers);
        Count(type, "committeeTalentPoolCount", "Two-committee members selected from the talent pools: entrepreneurs, returnees, graduates, veterans.", r => r.CommitteeFromTalentPools);
        Share(type, "committeeTalentPoolShare", "Those members as a percentage of all two-committee members.", r => r.CommitteeFromTalentPools, r => r.CommitteeMembers);
        Count(type, "gridCount", "Grids (网格).", r => r.Grids);
        Count(type, "gridWorkerCount", "Grid workers (网格员).", r => r.GridWorkers);
        type.Field<NonNullGraphType<LongGraphType>>("communityServiceFund").Description("Annual community service funds of the subtree's communities, in yuan (为民服务专项经费).")
            .Reads(nameof(DivisionRollup.CommunityServiceFund)).Resolve(c => c.Source.CommunityServiceFund);
        type.Field<NonNullGraphType<FloatGraphType>>("communityServiceFundPerCommunity").Description("The annual service fund per community, in yuan; 0 without communities.")
            .Reads(nameof(DivisionRollup.CommunityServiceFund), nameof(DivisionRollup.Communities)).Resolve(c => c.Source.Communities == 0 ? 0 : Math.Round((double)c.Source.CommunityServiceFund / c.Source.Communities, 1, MidpointRounding.AwayFromZero));
    }

    private static void Count(ObjectGraphType<DivisionRollup> type, string name, string description, Expression<Func<DivisionRollup, int>> count)
    =>
        type.Field<NonNullGraphType<IntGraphType>>(name).Description(description).ResolveCount(count);

    private static void Share(ObjectGraphType<DivisionRollup> type, string name, string description, Expression<Func<DivisionRollup, int>> part, Expression<Func<DivisionRollup, int>> whole)
    {
        var (readPart, readWhole) = (part.Compile(), whole.Compile());
        type.Field<NonNullGraphType<FloatGraphType>>(name).Description(description + " One decimal.").Reads(part, whole)
            .Resolve(c => Statistics.Share.Of(readPart(c.Source), readWhole(c.Source)));
    }
}

using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Villages;

public static class VillageRows
{
    public static readonly FilterDefinition<CommitteeMember> CommitteeFilter = new FilterDefinition<CommitteeMember>("CommitteeMember")
        .Field("name", c => c.Name, "The member's name.").Requires(Role.Organizer)
        .Enum<Gender, GenderGraphType>("gender", c => c.Gender, "Gender.").Requires(Role.Organizer)
        .Enum<Education, EducationGraphType>("education", c => c.Education, "Highest education.").Requires(Role.Organizer)
        .Enum<CommitteeSource, CommitteeSourceGraphType>("source", c => c.Source, "The talent pool they came from.")
        .Field("isPartySecretary", c => c.IsPartySecretary, "Holds the Party secretary post.")
        .Field("isChair", c => c.IsChair, "Chairs the villagers' or residents' committee.");

    public static readonly FilterDefinition<Village> Filter = new FilterDefinition<Village>("Village")
        .Field("code", v => v.Code, "The division code.")
        .Field("name", v => v.Name, "The Chinese name.")
        .Enum<VillageKind, VillageKindGraphType>("kind", v => v.Kind, "Village, community or other.")
        .Field("townshipCode", v => v.TownshipCode, "The code of its township.")
        .Field("hasServiceCenter", v => v.HasServiceCenter, "Has a one-stop Party–public service centre.").Requires(Role.Dashboard)
        .Field("serviceCenterLinkedOnline", v => v.ServiceCenterLinkedOnline, "Its service centre is linked to the online platform.").Requires(Role.Dashboard)
        .Field("annualServiceFund", v => v.AnnualServiceFund, "Annual community service fund in yuan; null outside communities.").Requires(Role.Dashboard)
        .List<CommitteeMember, CommitteeMemberFilterInputGraphType>("committee", v => v.Committee, CommitteeFilter, "Conditions on the two committees' members.").Requires(Role.Dashboard);

    public static readonly SortDefinition<Village> Sort = new SortDefinition<Village>("Village", v => v.Code)
        .Field("code", v => v.Code, "By division code.")
        .Field("name", v => v.Name, "By Chinese name.")
        .Field("kind", v => v.Kind, "By kind.")
        .Field("annualServiceFund", v => v.AnnualServiceFund, "By community service fund.").Requires(Role.Dashboard);

    public static readonly ConnectionSpec<VillageGraphType, Village, VillageFilterInputGraphType, VillageSortInputGraphType> Spec = new(Filter, Sort, []);
}

public sealed class VillageFilterInputGraphType() : FilterInputGraphType<Village>(VillageRows.Filter, "Conditions on village-level units.");

public sealed class CommitteeMemberFilterInputGraphType() : FilterInputGraphType<CommitteeMember>(VillageRows.CommitteeFilter, "Conditions on a two-committee member.");

public sealed class VillageSortInputGraphType() : SortInputGraphType<Village>(VillageRows.Sort, "Orders of village-level units.");

using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Members;

public static class MemberRows
{
    public static readonly FilterDefinition<Member> Filter = new FilterDefinition<Member>("Member")
        .Id("id", m => m.Id, id => NodeId.DecodeLong(id, NodeTypes.Member), "The member's global ID.")
        .Field("name", m => m.Name, "The member's name.").Requires(Role.Organizer)
        .Enum<Gender, GenderGraphType>("gender", m => m.Gender, "Gender.").Requires(Role.Organizer)
        .Enum<Ethnicity, EthnicityGraphType>("ethnicity", m => m.Ethnicity, "Ethnic group.").Requires(Role.Organizer)
        .Field("birthDate", m => m.BirthDate, "Date of birth.").Requires(Role.Organizer)
        .Field("joinedOn", m => m.JoinedOn, "When they joined the Party.")
        .Enum<MemberStatus, MemberStatusGraphType>("status", m => m.Status, "Full or probationary.").Requires(Role.Organizer)
        .Enum<Education, EducationGraphType>("education", m => m.Education, "Highest education.").Requires(Role.Organizer)
        .Enum<Occupation, OccupationGraphType>("occupation", m => m.Occupation, "Occupation group.").Requires(Role.Organizer)
        .Field("isRetired", m => m.IsRetired, "Retired.").Requires(Role.Organizer)
        .Field("villageCode", m => m.VillageCode, "The village code of the member's branch.")
        .Field("registeredCommunityCode", m => m.RegisteredCommunityCode, "The community an in-service member is registered with; null if none.");

    public static readonly SortDefinition<Member> Sort = new SortDefinition<Member>("Member", m => m.Id)
        .Field("name", m => m.Name, "By name.").Requires(Role.Organizer)
        .Field("birthDate", m => m.BirthDate, "By date of birth.").Requires(Role.Organizer)
        .Field("joinedOn", m => m.JoinedOn, "By date of joining.")
        .Field("status", m => m.Status, "By status.").Requires(Role.Organizer)
        .Field("education", m => m.Education, "By education level.").Requires(Role.Organizer);

    public static readonly ConnectionSpec<MemberGraphType, Member, MemberFilterInputGraphType, MemberSortInputGraphType> Spec = new(Filter, Sort, []);
}

public sealed class MemberFilterInputGraphType() : FilterInputGraphType<Member>(MemberRows.Filter, "Conditions on members.");

public sealed class MemberSortInputGraphType() : SortInputGraphType<Member>(MemberRows.Sort, "Orders of members.");

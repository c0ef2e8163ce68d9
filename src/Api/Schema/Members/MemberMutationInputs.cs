using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.Members;

namespace PartyOrg.Api.Schema.Members;

public sealed class AdmitMemberInputGraphType : InputObjectGraphType
{
    public AdmitMemberInputGraphType()
    {
        Name = "AdmitMemberInput";
        Description = "A new probationary member (预备党员) joining a branch.";
        Field<NonNullGraphType<IdGraphType>>("branchId").Description("The branch they join.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Their name, 1 to 64 characters.");
        Field<NonNullGraphType<GenderGraphType>>("gender").Description("Gender.");
        Field<NonNullGraphType<EthnicityGraphType>>("ethnicity").Description("Ethnic group.");
        Field<NonNullGraphType<LocalDateGraphType>>("birthDate").Description("Date of birth; they must be 18 or older when joining.");
        Field<NonNullGraphType<LocalDateGraphType>>("joinedOn").Description("When they joined; not in the future.");
        Field<NonNullGraphType<EducationGraphType>>("education").Description("Highest education.");
        Field<NonNullGraphType<OccupationGraphType>>("occupation").Description("Occupation group.");
        Field<StringGraphType>("registeredCommunityCode").Description("For in-service members: the community they register with.");
    }
}

public sealed class ConfirmMemberInputGraphType : InputObjectGraphType
{
    public ConfirmMemberInputGraphType()
    {
        Name = "ConfirmMemberInput";
        Description = "A probationary member becomes a full member after a year of probation.";
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The member's version as last read.");
        Field<NonNullGraphType<LocalDateGraphType>>("confirmedOn").Description("The confirmation date: at least a year after joining, not in the future.");
    }
}

public sealed class TransferMemberInputGraphType : InputObjectGraphType
{
    public TransferMemberInputGraphType()
    {
        Name = "TransferMemberInput";
        Description = "Moves a member's organisational relationship to another branch anywhere in the region (组织关系转接).";
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The member's version as last read.");
        Field<NonNullGraphType<IdGraphType>>("toBranchId").Description("The branch they move to; not their current one.");
    }
}

public sealed class MemberExitReasonGraphType : EnumerationGraphType<MemberExitReason>
{
    public MemberExitReasonGraphType()
    {
        Name = "MemberExitReason";
        Description = "Why a member left the rolls.";
        Values["DECEASED"]!.Description = "Died.";
        Values["WITHDREW"]!.Description = "Withdrew from the Party.";
        Values["EXPELLED"]!.Description = "Expelled.";
        Values["LEFT_COUNTRY"]!.Description = "Settled abroad.";
    }
}

public sealed class RecordMemberExitInputGraphType : InputObjectGraphType
{
    public RecordMemberExitInputGraphType()
    {
        Name = "RecordMemberExitInput";
        Description = "Records that a member left; their record is removed from the branch.";
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The member's version as last read.");
        Field<NonNullGraphType<MemberExitReasonGraphType>>("reason").Description("Why they left.");
        Field<NonNullGraphType<LocalDateGraphType>>("exitedOn").Description("When; between joining and today.");
    }
}

public sealed class UpdateMemberInputGraphType : InputObjectGraphType
{
    public UpdateMemberInputGraphType()
    {
        Name = "UpdateMemberInput";
        Description = "Corrections to a member's record; fields left out keep their values.";
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The member's version as last read.");
        Field<StringGraphType>("name").Description("A new name.");
        Field<EducationGraphType>("education").Description("A new highest education.");
        Field<OccupationGraphType>("occupation").Description("A new occupation group.");
        Field<BooleanGraphType>("isRetired").Description("Retired or not; by default follows the occupation.");
        Field<StringGraphType>("registeredCommunityCode").Description("The community an in-service member registers with.");
        Field<BooleanGraphType>("clearRegisteredCommunity").Description("true: the member is no longer registered with a community.");
    }
}

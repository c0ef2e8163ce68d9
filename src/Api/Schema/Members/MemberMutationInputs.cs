using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.Members;

namespace PartyOrg.Api.Schema.Members;

public sealed class AdmitMemberInputGraphType : InputObjectGraphType<AdmitMemberInput>
{
    public AdmitMemberInputGraphType()
    {
        Name = "AdmitMemberInput";
        Description = "A new probationary member (预备党员) joining a branch.";
        Field("branchId", x => x.BranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The branch they join.");
        Field("name", x => x.Name, typeof(NonNullGraphType<StringGraphType>)).Description("Their name, 1 to 64 characters.");
        Field("gender", x => x.Gender, typeof(NonNullGraphType<GenderGraphType>)).Description("Gender.");
        Field("ethnicity", x => x.Ethnicity, typeof(NonNullGraphType<EthnicityGraphType>)).Description("Ethnic group.");
        Field("birthDate", x => x.BirthDate, typeof(NonNullGraphType<LocalDateGraphType>)).Description("Date of birth; they must be 18 or older when joining.");
        Field("joinedOn", x => x.JoinedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When they joined; not in the future.");
        Field("education", x => x.Education, typeof(NonNullGraphType<EducationGraphType>)).Description("Highest education.");
        Field("occupation", x => x.Occupation, typeof(NonNullGraphType<OccupationGraphType>)).Description("Occupation group.");
        Field("registeredCommunityCode", x => x.RegisteredCommunityCode, typeof(StringGraphType)).Description("For in-service members: the community they register with.");
    }
}

public sealed class ConfirmMemberInputGraphType : InputObjectGraphType<ConfirmMemberInput>
{
    public ConfirmMemberInputGraphType()
    {
        Name = "ConfirmMemberInput";
        Description = "A probationary member becomes a full member after a year of probation.";
        Field("memberId", x => x.MemberId, typeof(NonNullGraphType<IdGraphType>)).Description("The member.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The member's version as last read.");
        Field("confirmedOn", x => x.ConfirmedOn, typeof(NonNullGraphType<LocalDateGraphType>))
            .Description("The confirmation date: at least a year after joining, not in the future.");
    }
}

public sealed class TransferMemberInputGraphType : InputObjectGraphType<TransferMemberInput>
{
    public TransferMemberInputGraphType()
    {
        Name = "TransferMemberInput";
        Description = "Moves a member's organisational relationship to another branch anywhere in the region (组织关系转接).";
        Field("memberId", x => x.MemberId, typeof(NonNullGraphType<IdGraphType>)).Description("The member.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The member's version as last read.");
        Field("toBranchId", x => x.ToBranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The branch they move to; not their current one.");
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

public sealed class RecordMemberExitInputGraphType : InputObjectGraphType<RecordMemberExitInput>
{
    public RecordMemberExitInputGraphType()
    {
        Name = "RecordMemberExitInput";
        Description = "Records that a member left; their record is removed from the branch.";
        Field("memberId", x => x.MemberId, typeof(NonNullGraphType<IdGraphType>)).Description("The member.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The member's version as last read.");
        Field("reason", x => x.Reason, typeof(NonNullGraphType<MemberExitReasonGraphType>)).Description("Why they left.");
        Field("exitedOn", x => x.ExitedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When; between joining and today.");
    }
}

public sealed class UpdateMemberInputGraphType : InputObjectGraphType<UpdateMemberInput>
{
    public UpdateMemberInputGraphType()
    {
        Name = "UpdateMemberInput";
        Description = "Corrections to a member's record; fields left out keep their values.";
        Field("memberId", x => x.MemberId, typeof(NonNullGraphType<IdGraphType>)).Description("The member.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The member's version as last read.");
        Field("name", x => x.Name, typeof(StringGraphType)).Description("A new name.");
        Field("education", x => x.Education, typeof(EducationGraphType)).Description("A new highest education.");
        Field("occupation", x => x.Occupation, typeof(OccupationGraphType)).Description("A new occupation group.");
        Field("isRetired", x => x.IsRetired, typeof(BooleanGraphType)).Description("Retired or not; by default follows the occupation.");
        Field("registeredCommunityCode", x => x.RegisteredCommunityCode, typeof(StringGraphType)).Description("The community an in-service member registers with.");
        Field("clearRegisteredCommunity", x => x.ClearRegisteredCommunity, typeof(BooleanGraphType)).Description("true: the member is no longer registered with a community.");
    }
}

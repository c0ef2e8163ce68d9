using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;

namespace PartyOrg.Api.Schema.Branches;

public sealed class CreateBranchInputGraphType : InputObjectGraphType
{
    public CreateBranchInputGraphType()
    {
        Name = "CreateBranchInput";
        Description = "A new branch (党支部); it starts without members, and its secretary is appointed once it has full members.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name, 1 to 128 characters.");
        Field<NonNullGraphType<BranchSectorGraphType>>("sector").Description("The field it works in; RURAL branches are not located in communities, COMMUNITY branches only there.");
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("The 12-digit code of the village-level division it is located in.");
        Field<NonNullGraphType<LocalDateGraphType>>("foundedOn").Description("When it was founded; not in the future.");
    }
}

public sealed class AppointSecretaryInputGraphType : InputObjectGraphType
{
    public AppointSecretaryInputGraphType()
    {
        Name = "AppointSecretaryInput";
        Description = "One of the branch's full members becomes its secretary (书记).";
        Field<NonNullGraphType<IdGraphType>>("branchId").Description("The branch.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The branch's version as last read.");
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The new secretary: a full member of this branch.");
    }
}

public sealed class RateBranchInputGraphType : InputObjectGraphType
{
    public RateBranchInputGraphType()
    {
        Name = "RateBranchInput";
        Description = "The branch's rating in the \"strongest branch\" campaign for a year.";
        Field<NonNullGraphType<IdGraphType>>("branchId").Description("The branch.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The branch's version as last read.");
        Field<NonNullGraphType<BranchRatingGraphType>>("rating").Description("STRONGEST or STANDARD; a branch becomes WEAK only through listWeakBranch.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year rated: from the founding year to the current year.");
    }
}

public sealed class ListWeakBranchInputGraphType : InputObjectGraphType
{
    public ListWeakBranchInputGraphType()
    {
        Name = "ListWeakBranchInput";
        Description = "Lists the branch as weak and lax (软弱涣散) and opens its rectification (整顿).";
        Field<NonNullGraphType<IdGraphType>>("branchId").Description("The branch; not already under rectification.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The branch's version as last read.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year listed: from the founding year to the current year.");
    }
}

public sealed class CompleteRectificationInputGraphType : InputObjectGraphType
{
    public CompleteRectificationInputGraphType()
    {
        Name = "CompleteRectificationInput";
        Description = "Completes the branch's open rectification; the branch is rated STANDARD again.";
        Field<NonNullGraphType<IdGraphType>>("branchId").Description("The branch under rectification.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The branch's version as last read.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year completed: from the year listed to the current year.");
    }
}

public sealed class RecordMeetingInputGraphType : InputObjectGraphType
{
    public RecordMeetingInputGraphType()
    {
        Name = "RecordMeetingInput";
        Description = "A meeting the branch held in the past year.";
        Field<NonNullGraphType<IdGraphType>>("branchId").Description("The branch.");
        Field<NonNullGraphType<MeetingKindGraphType>>("kind").Description("The kind of meeting.");
        Field<NonNullGraphType<LocalDateGraphType>>("heldOn").Description("When it was held: within the past year, not in the future.");
        Field<NonNullGraphType<IntGraphType>>("attendance").Description("Members present: from 1 to the branch's member count.");
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.Branches;

namespace PartyOrg.Api.Schema.Branches;

public sealed class CreateBranchInputGraphType : InputObjectGraphType<CreateBranch>
{
    public CreateBranchInputGraphType()
    {
        Name = "CreateBranchInput";
        Description = "A new branch (党支部); it starts without members, and its secretary is appointed once it has full members.";
        Field("name", x => x.Name, typeof(NonNullGraphType<StringGraphType>)).Description("Its name, 1 to 128 characters.");
        Field("sector", x => x.Sector, typeof(NonNullGraphType<BranchSectorGraphType>))
            .Description("The field it works in; RURAL branches are not located in communities, COMMUNITY branches only there.");
        Field("villageCode", x => x.VillageCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of the village-level division it is located in.");
        Field("foundedOn", x => x.FoundedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When it was founded; not in the future.");
    }
}

public sealed class AppointSecretaryInputGraphType : InputObjectGraphType<AppointSecretaryInput>
{
    public AppointSecretaryInputGraphType()
    {
        Name = "AppointSecretaryInput";
        Description = "One of the branch's full members becomes its secretary (书记).";
        Field("branchId", x => x.BranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The branch.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The branch's version as last read.");
        Field("memberId", x => x.MemberId, typeof(NonNullGraphType<IdGraphType>)).Description("The new secretary: a full member of this branch.");
    }
}

public sealed class RateBranchInputGraphType : InputObjectGraphType<RateBranchInput>
{
    public RateBranchInputGraphType()
    {
        Name = "RateBranchInput";
        Description = "The branch's rating in the \"strongest branch\" campaign for a year.";
        Field("branchId", x => x.BranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The branch.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The branch's version as last read.");
        Field("rating", x => x.Rating, typeof(NonNullGraphType<BranchRatingGraphType>)).Description("STRONGEST or STANDARD; a branch becomes WEAK only through listWeakBranch.");
        Field("year", x => x.Year, typeof(NonNullGraphType<IntGraphType>)).Description("The year rated: from the founding year to the current year.");
    }
}

public sealed class ListWeakBranchInputGraphType : InputObjectGraphType<ListWeakBranchInput>
{
    public ListWeakBranchInputGraphType()
    {
        Name = "ListWeakBranchInput";
        Description = "Lists the branch as weak and lax (软弱涣散) and opens its rectification (整顿).";
        Field("branchId", x => x.BranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The branch; not already under rectification.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The branch's version as last read.");
        Field("year", x => x.Year, typeof(NonNullGraphType<IntGraphType>)).Description("The year listed: from the founding year to the current year.");
    }
}

public sealed class CompleteRectificationInputGraphType : InputObjectGraphType<CompleteRectificationInput>
{
    public CompleteRectificationInputGraphType()
    {
        Name = "CompleteRectificationInput";
        Description = "Completes the branch's open rectification; the branch is rated STANDARD again.";
        Field("branchId", x => x.BranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The branch under rectification.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The branch's version as last read.");
        Field("year", x => x.Year, typeof(NonNullGraphType<IntGraphType>)).Description("The year completed: from the year listed to the current year.");
    }
}

public sealed class RecordMeetingInputGraphType : InputObjectGraphType<RecordMeetingInput>
{
    public RecordMeetingInputGraphType()
    {
        Name = "RecordMeetingInput";
        Description = "A meeting the branch held in the past year.";
        Field("branchId", x => x.BranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The branch.");
        Field("kind", x => x.Kind, typeof(NonNullGraphType<MeetingKindGraphType>)).Description("The kind of meeting.");
        Field("heldOn", x => x.HeldOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When it was held: within the past year, not in the future.");
        Field("attendance", x => x.Attendance, typeof(NonNullGraphType<IntGraphType>)).Description("Members present: from 1 to the branch's member count.");
    }
}

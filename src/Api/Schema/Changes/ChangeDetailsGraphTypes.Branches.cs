using GraphQL.Types;
using PartyOrg.Api.Changes.Details;
using PartyOrg.Api.Schema.Branches;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

public sealed class BranchCreatedGraphType : ObjectGraphType<BranchCreated>
{
    public BranchCreatedGraphType()
    {
        Name = "BranchCreated";
        Description = "Details of BRANCH_CREATED: a branch was founded.";
        this.Requires(Role.Partner);
        ChangeDetailFields.Branch(this, "branch", "The new branch.", d => d.BranchId);
        Field(d => d.Name, nullable: true).Description("Its name when founded.");
        Field<BranchSectorGraphType>("sector").Description("The field it works in.").Resolve(c => c.Source.Sector);
        ChangeDetailFields.Date(this, "foundedOn", "When it was founded.", d => d.FoundedOn);
    }
}

public sealed class SecretaryAppointedGraphType : ObjectGraphType<SecretaryAppointed>
{
    public SecretaryAppointedGraphType()
    {
        Name = "SecretaryAppointed";
        Description = "Details of SECRETARY_APPOINTED: one of a branch's full members became its secretary (书记).";
        this.Requires(Role.Partner);
        ChangeDetailFields.Branch(this, "branch", "The branch.", d => d.BranchId);
        ChangeDetailFields.Member(this, "secretary", "The new secretary.", d => d.MemberId);
        ChangeDetailFields.Member(this, "previousSecretary", "The secretary before; null if there was none.", d => d.PreviousSecretaryId);
    }
}

public sealed class BranchRatedGraphType : ObjectGraphType<BranchRated>
{
    public BranchRatedGraphType()
    {
        Name = "BranchRated";
        Description = "Details of BRANCH_RATED: a branch was rated for a year.";
        this.Requires(Role.Partner);
        ChangeDetailFields.Branch(this, "branch", "The branch.", d => d.BranchId);
        Field<BranchRatingGraphType>("rating").Description("The new rating.").Resolve(c => c.Source.Rating);
        Field(d => d.Year, nullable: true).Description("The year rated.");
        Field<BranchRatingGraphType>("previousRating").Description("The rating before.").Resolve(c => c.Source.PreviousRating);
    }
}

public sealed class BranchListedWeakGraphType : ObjectGraphType<BranchListedWeak>
{
    public BranchListedWeakGraphType()
    {
        Name = "BranchListedWeak";
        Description = "Details of BRANCH_LISTED_WEAK: a branch was listed as weak and lax (软弱涣散); its rectification began.";
        this.Requires(Role.Partner);
        ChangeDetailFields.Branch(this, "branch", "The branch.", d => d.BranchId);
        Field(d => d.Year, nullable: true).Description("The year it was listed.");
    }
}

public sealed class RectificationCompletedGraphType : ObjectGraphType<RectificationCompleted>
{
    public RectificationCompletedGraphType()
    {
        Name = "RectificationCompleted";
        Description = "Details of RECTIFICATION_COMPLETED: a weak branch's rectification (整顿) was completed.";
        this.Requires(Role.Partner);
        ChangeDetailFields.Branch(this, "branch", "The branch.", d => d.BranchId);
        Field(d => d.ListedYear, nullable: true).Description("The year it was listed as weak.");
        Field(d => d.Year, nullable: true).Description("The year the rectification was completed.");
    }
}

public sealed class MeetingRecordedGraphType : ObjectGraphType<MeetingRecorded>
{
    public MeetingRecordedGraphType()
    {
        Name = "MeetingRecorded";
        Description = "Details of MEETING_RECORDED: a branch meeting was recorded.";
        this.Requires(Role.Partner);
        ChangeDetailFields.Branch(this, "branch", "The branch that met.", d => d.BranchId);
        Field<MeetingKindGraphType>("kind").Description("Which meeting.").Resolve(c => c.Source.Kind);
        ChangeDetailFields.Date(this, "heldOn", "When it was held.", d => d.HeldOn);
        Field(d => d.Attendance, nullable: true).Description("Members present.");
    }
}

using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Branches;

/// <summary>The branch mutations.</summary>
public sealed class BranchMutationFields(BranchChanges changes, BranchRatings ratings) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<CreateBranchInputGraphType, BranchGraphType, Branch>(mutation, "createBranch",
            "Founds a branch in a village-level division. It is rated STANDARD as of its founding year and has no members yet.", "branch", "The new branch.",
            (c, i, scope) => changes.CreateAsync(new CreateBranch(
                i.Get<string>("name"), i.Get<BranchSector>("sector"), i.Get<string>("villageCode"), i.Get<DateOnly>("foundedOn")), scope, c.CancellationToken));
        MutationFields.Add<AppointSecretaryInputGraphType, BranchGraphType, Branch>(mutation, "appointSecretary",
            "Appoints one of the branch's full members as its secretary.", "branch", "The branch with its new secretary.",
            (c, i, scope) => changes.AppointSecretaryAsync(new AppointSecretary(
                i.Id("branchId", "Branch"), i.Get<int>("version"), i.Id("memberId", "Member")), scope, c.CancellationToken));
        MutationFields.Add<RateBranchInputGraphType, BranchGraphType, Branch>(mutation, "rateBranch",
            "Rates a branch STRONGEST or STANDARD for a year; a branch under rectification is rated only once its rectification is complete.", "branch", "The rated branch.",
            (c, i, scope) => ratings.RateAsync(new RateBranch(
                i.Id("branchId", "Branch"), i.Get<int>("version"), i.Get<BranchRating>("rating"), i.Get<int>("year")), scope, c.CancellationToken));
        MutationFields.Add<ListWeakBranchInputGraphType, BranchGraphType, Branch>(mutation, "listWeakBranch",
            "Lists a branch as weak and lax: its rating becomes WEAK and its rectification opens.", "branch", "The listed branch.",
            (c, i, scope) => ratings.ListWeakAsync(new ListWeakBranch(i.Id("branchId", "Branch"), i.Get<int>("version"), i.Get<int>("year")), scope, c.CancellationToken));
        MutationFields.Add<CompleteRectificationInputGraphType, BranchGraphType, Branch>(mutation, "completeRectification",
            "Completes a weak branch's rectification; it is rated STANDARD again and counts among the branches rectified.", "branch", "The rectified branch.",
            (c, i, scope) => ratings.CompleteRectificationAsync(new CompleteRectification(
                i.Id("branchId", "Branch"), i.Get<int>("version"), i.Get<int>("year")), scope, c.CancellationToken));
        MutationFields.Add<RecordMeetingInputGraphType, MeetingGraphType, Meeting>(mutation, "recordMeeting",
            "Records a meeting a branch held in the past year.", "meeting", "The recorded meeting.",
            (c, i, scope) => changes.RecordMeetingAsync(new RecordMeeting(
                i.Id("branchId", "Branch"), i.Get<MeetingKind>("kind"), i.Get<DateOnly>("heldOn"), i.Get<int>("attendance")), scope, c.CancellationToken));
    }
}

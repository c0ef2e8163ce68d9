using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Branches;

public sealed class BranchMutationFields(BranchChanges changes, BranchRatings ratings) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<CreateBranchInputGraphType, CreateBranch, BranchGraphType, Branch>(mutation, "createBranch",
            "Founds a branch in a village-level division. It is rated STANDARD as of its founding year and has no members yet.", "branch", "The new branch.",
            changes.CreateAsync);
        MutationFields.Add<AppointSecretaryInputGraphType, AppointSecretaryInput, BranchGraphType, Branch>(mutation, "appointSecretary",
            "Appoints one of the branch's full members as its secretary.", "branch", "The branch with its new secretary.",
            (input, scope, ct) => changes.AppointSecretaryAsync(input.ToChange(), scope, ct));
        MutationFields.Add<RateBranchInputGraphType, RateBranchInput, BranchGraphType, Branch>(mutation, "rateBranch",
            "Rates a branch STRONGEST or STANDARD for a year; a branch under rectification is rated only once its rectification is complete.", "branch", "The rated branch.",
            (input, scope, ct) => ratings.RateAsync(input.ToChange(), scope, ct));
        MutationFields.Add<ListWeakBranchInputGraphType, ListWeakBranchInput, BranchGraphType, Branch>(mutation, "listWeakBranch",
            "Lists a branch as weak and lax: its rating becomes WEAK and its rectification opens.", "branch", "The listed branch.",
            (input, scope, ct) => ratings.ListWeakAsync(input.ToChange(), scope, ct));
        MutationFields.Add<CompleteRectificationInputGraphType, CompleteRectificationInput, BranchGraphType, Branch>(mutation, "completeRectification",
            "Completes a weak branch's rectification; it is rated STANDARD again and counts among the branches rectified.", "branch", "The rectified branch.",
            (input, scope, ct) => ratings.CompleteRectificationAsync(input.ToChange(), scope, ct));
        MutationFields.Add<RecordMeetingInputGraphType, RecordMeetingInput, MeetingGraphType, Meeting>(mutation, "recordMeeting",
            "Records a meeting a branch held in the past year.", "meeting", "The recorded meeting.",
            (input, scope, ct) => changes.RecordMeetingAsync(input.ToChange(), scope, ct));
    }
}

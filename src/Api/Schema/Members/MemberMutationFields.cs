using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Members;

public sealed class MemberMutationFields(MemberChanges changes, MemberUpdates updates) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<AdmitMemberInputGraphType, AdmitMemberInput, MemberGraphType, Member>(mutation, "admitMember",
            "Admits a probationary member to a branch.", "member", "The new member.",
            (input, scope, ct) => changes.AdmitAsync(input.ToChange(), scope, ct));
        MutationFields.Add<ConfirmMemberInputGraphType, ConfirmMemberInput, MemberGraphType, Member>(mutation, "confirmMember",
            "Confirms a probationary member as a full member once the year of probation is over.", "member", "The confirmed member.",
            (input, scope, ct) => changes.ConfirmAsync(input.ToChange(), scope, ct));
        MutationFields.Add<TransferMemberInputGraphType, TransferMemberInput, MemberGraphType, Member>(mutation, "transferMember",
            "Transfers a member to another branch, anywhere in the region; the statistics of both subtrees move.", "member", "The member in their new branch.",
            (input, scope, ct) => changes.TransferAsync(input.ToChange(), scope, ct));
        MutationFields.Add<RecordMemberExitInputGraphType, RecordMemberExitInput, MemberGraphType, Member>(mutation, "recordMemberExit",
            "Records that a member left; the record is removed.", "member", "The member as they were before leaving.",
            (input, scope, ct) => changes.RecordExitAsync(input.ToChange(), scope, ct));
        MutationFields.Add<UpdateMemberInputGraphType, UpdateMemberInput, MemberGraphType, Member>(mutation, "updateMember",
            "Corrects a member's record.", "member", "The updated member.",
            (input, scope, ct) => updates.UpdateAsync(input.ToChange(), scope, ct));
    }
}

using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Members;

/// <summary>The member mutations.</summary>
public sealed class MemberMutationFields(MemberChanges changes, MemberUpdates updates) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<AdmitMemberInputGraphType, MemberGraphType, Member>(mutation, "admitMember",
            "Admits a probationary member to a branch.", "member", "The new member.",
            (c, i, scope) => changes.AdmitAsync(new AdmitMember(
                i.Id("branchId", "Branch"), i.Get<string>("name"), i.Get<Gender>("gender"), i.Get<Ethnicity>("ethnicity"),
                i.Get<DateOnly>("birthDate"), i.Get<DateOnly>("joinedOn"), i.Get<Education>("education"), i.Get<Occupation>("occupation"),
                i.Get<string?>("registeredCommunityCode")), scope, c.CancellationToken));
        MutationFields.Add<ConfirmMemberInputGraphType, MemberGraphType, Member>(mutation, "confirmMember",
            "Confirms a probationary member as a full member once the year of probation is over.", "member", "The confirmed member.",
            (c, i, scope) => changes.ConfirmAsync(new ConfirmMember(i.Id("memberId", "Member"), i.Get<int>("version"), i.Get<DateOnly>("confirmedOn")), scope, c.CancellationToken));
        MutationFields.Add<TransferMemberInputGraphType, MemberGraphType, Member>(mutation, "transferMember",
            "Transfers a member to another branch, anywhere in the region; the statistics of both subtrees move.", "member", "The member in their new branch.",
            (c, i, scope) => changes.TransferAsync(new TransferMember(i.Id("memberId", "Member"), i.Get<int>("version"), i.Id("toBranchId", "Branch")), scope, c.CancellationToken));
        MutationFields.Add<RecordMemberExitInputGraphType, MemberGraphType, Member>(mutation, "recordMemberExit",
            "Records that a member left; the record is removed.", "member", "The member as they were before leaving.",
            (c, i, scope) => changes.RecordExitAsync(new RecordMemberExit(i.Id("memberId", "Member"), i.Get<int>("version"), i.Get<MemberExitReason>("reason"), i.Get<DateOnly>("exitedOn")), scope, c.CancellationToken));
        MutationFields.Add<UpdateMemberInputGraphType, MemberGraphType, Member>(mutation, "updateMember",
            "Corrects a member's record.", "member", "The updated member.",
            (c, i, scope) => updates.UpdateAsync(new UpdateMember(
                i.Id("memberId", "Member"), i.Get<int>("version"), i.Get<string?>("name"), i.Optional<Education>("education"),
                i.Optional<Occupation>("occupation"), i.Optional<bool>("isRetired"), i.Get<string?>("registeredCommunityCode"),
                i.Optional<bool>("clearRegisteredCommunity") ?? false), scope, c.CancellationToken));
    }
}

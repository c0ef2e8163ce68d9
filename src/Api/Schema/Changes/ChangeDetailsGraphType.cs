using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Branches;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Changes;

public sealed class ChangeDetailsGraphType : UnionGraphType
{
    public ChangeDetailsGraphType()
    {
        Name = "ChangeDetails";
        Description = "What a change did, one type per change kind. Values the event did not record are null.";
        Type<MemberAdmittedGraphType>();
        Type<MemberConfirmedGraphType>();
        Type<MemberTransferredGraphType>();
        Type<MemberExitedGraphType>();
        Type<MemberUpdatedGraphType>();
        Type<BranchCreatedGraphType>();
        Type<SecretaryAppointedGraphType>();
        Type<BranchRatedGraphType>();
        Type<BranchListedWeakGraphType>();
        Type<RectificationCompletedGraphType>();
        Type<MeetingRecordedGraphType>();
        Type<FirstSecretaryAssignedGraphType>();
        Type<FirstSecretaryAssignmentEndedGraphType>();
        Type<WorkTeamAssignedGraphType>();
        Type<ServiceCenterUpdatedGraphType>();
        Type<GridsUpdatedGraphType>();
        Type<CommitteeElectedGraphType>();
        Type<SuggestionSubmittedGraphType>();
        Type<SuggestionAnsweredGraphType>();
        Type<SuggestionDeclinedGraphType>();
        Type<SuggestionAdoptedGraphType>();
        Type<PracticalMatterListCreatedGraphType>();
        Type<PracticalMatterCreatedGraphType>();
        Type<PracticalMatterCompletedGraphType>();
        Type<ServiceProjectOfferedGraphType>();
        Type<ServiceProjectClaimedGraphType>();
    }
}

/// <summary>Fields the details types share: links to the branches and members an event names.</summary>
public static class ChangeDetailFields
{
    public static void MemberId<T>(ObjectGraphType<T> type, Func<T, long?> id) =>
        type.Field<IdGraphType>("memberId").Description("The global ID of the member, even if they have left since.")
            .Resolve(c => id(c.Source) is { } key ? NodeId.Encode(NodeTypes.Member, key) : null);

    public static void Member<T>(ObjectGraphType<T> type, string name, string description, Func<T, long?> id) =>
        type.Field<MemberGraphType>(name).Description(description + " Null if they have left since.")
            .Resolve(c => id(c.Source) is { } key ? RowLoaders.One<Member, long>(c, m => m.Id, key) : null);

    public static void Branch<T>(ObjectGraphType<T> type, string name, string description, Func<T, long?> id) =>
        type.Field<BranchGraphType>(name).Description(description)
            .Resolve(c => id(c.Source) is { } key ? RowLoaders.One<Branch, long>(c, b => b.Id, key) : null);

    public static void Date<T>(ObjectGraphType<T> type, string name, string description, Func<T, DateOnly?> date) =>
        type.Field<LocalDateGraphType>(name).Description(description).Resolve(c => date(c.Source));
}

namespace PartyOrg.Domain.Changes;

/// <summary>What a committed change did; every change-log event has one.</summary>
public enum ChangeKind
{
    MemberAdmitted,
    MemberConfirmed,
    MemberTransferred,
    MemberExited,
    MemberUpdated,
    BranchCreated,
    SecretaryAppointed,
    BranchRated,
    BranchListedWeak,
    RectificationCompleted,
    MeetingRecorded,
    FirstSecretaryAssigned,
    FirstSecretaryAssignmentEnded,
    WorkTeamAssigned,
    ServiceCenterUpdated,
    GridsUpdated,
    CommitteeElected,
    SuggestionSubmitted,
    SuggestionAnswered,
    SuggestionDeclined,
    SuggestionAdopted,
    PracticalMatterListCreated,
    PracticalMatterCreated,
    PracticalMatterCompleted,
    ServiceProjectOffered,
    ServiceProjectClaimed,
}

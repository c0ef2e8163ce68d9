using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Changes.Details;

/// <summary>
/// The typed details of a change-log event, one record per <see cref="PartyOrg.Domain.Changes.ChangeKind"/>.
/// Every value is optional: the parser is tolerant of what an event did not record.
/// </summary>
public abstract record ChangeDetails;

public sealed record MemberAdmitted(long? MemberId, long? BranchId, string? Name, DateOnly? JoinedOn) : ChangeDetails;

public sealed record MemberConfirmed(long? MemberId, DateOnly? ConfirmedOn) : ChangeDetails;

public sealed record MemberTransferred(long? MemberId, long? FromBranchId, long? ToBranchId) : ChangeDetails;

public sealed record MemberExited(long? MemberId, long? BranchId, MemberExitReason? Reason, DateOnly? ExitedOn) : ChangeDetails;

public sealed record MemberUpdated(
    long? MemberId, string? Name, Education? Education, Occupation? Occupation, bool? IsRetired, string? RegisteredCommunityCode) : ChangeDetails;

public sealed record BranchCreated(long? BranchId, string? Name, BranchSector? Sector, DateOnly? FoundedOn) : ChangeDetails;

public sealed record SecretaryAppointed(long? BranchId, long? MemberId, long? PreviousSecretaryId) : ChangeDetails;

public sealed record BranchRated(long? BranchId, BranchRating? Rating, int? Year, BranchRating? PreviousRating) : ChangeDetails;

public sealed record BranchListedWeak(long? BranchId, int? Year) : ChangeDetails;

public sealed record RectificationCompleted(long? BranchId, int? ListedYear, int? Year) : ChangeDetails;

public sealed record MeetingRecorded(long? BranchId, long? MeetingId, MeetingKind? Kind, DateOnly? HeldOn, int? Attendance) : ChangeDetails;

public sealed record FirstSecretaryAssigned(long? FirstSecretaryId, string? Name, string? SentBy, DateOnly? StartedOn) : ChangeDetails;

public sealed record FirstSecretaryAssignmentEnded(long? FirstSecretaryId, string? Name, DateOnly? EndedOn) : ChangeDetails;

public sealed record WorkTeamAssigned(long? WorkTeamId, string? SentBy, DateOnly? StartedOn, IReadOnlyList<string>? CadreNames) : ChangeDetails;

public sealed record ServiceCenterUpdated(bool? HasServiceCenter, bool? LinkedOnline, int? AnnualServiceFund) : ChangeDetails;

public sealed record GridsUpdated(int? GridCount, int? WorkerCount, int? FullTimeWorkerCount, int? Households) : ChangeDetails;

public sealed record CommitteeElected(int? MemberCount, string? SecretaryName, string? ChairName, bool? OneShoulder) : ChangeDetails;

using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.Members;

/// <summary>A new probationary member joins a branch.</summary>
public sealed record AdmitMember(
    long BranchId, string Name, Gender Gender, Ethnicity Ethnicity, DateOnly BirthDate, DateOnly JoinedOn,
    Education Education, Occupation Occupation, string? RegisteredCommunityCode);

/// <summary>A probationary member's year is over: they become a full member.</summary>
public sealed record ConfirmMember(long MemberId, int Version, DateOnly ConfirmedOn);

/// <summary>A member's organisational relationship moves to another branch (组织关系转接).</summary>
public sealed record TransferMember(long MemberId, int Version, long ToBranchId);

/// <summary>A member leaves the Party organisation's rolls.</summary>
public sealed record RecordMemberExit(long MemberId, int Version, MemberExitReason Reason, DateOnly ExitedOn);

/// <summary>Corrections and updates to a member's record; null leaves a field as it is.</summary>
public sealed record UpdateMember(
    long MemberId, int Version, string? Name, Education? Education, Occupation? Occupation, bool? IsRetired,
    string? RegisteredCommunityCode, bool ClearRegisteredCommunity);

/// <summary>Why a member left.</summary>
public enum MemberExitReason { Deceased, Withdrew, Expelled, LeftCountry }

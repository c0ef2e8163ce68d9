using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.Branches;

/// <summary>A new branch is founded in a village-level division; its members, and so its secretary, come later.</summary>
public sealed record CreateBranch(string Name, BranchSector Sector, string VillageCode, DateOnly FoundedOn);

/// <summary>One of the branch's full members becomes its secretary (书记).</summary>
public sealed record AppointSecretary(long BranchId, int Version, long MemberId);

/// <summary>The branch's rating for a year: strongest or standard. Weak comes only with a listing for rectification.</summary>
public sealed record RateBranch(long BranchId, int Version, BranchRating Rating, int Year);

/// <summary>The branch is listed as weak and lax (软弱涣散) in a year, and its rectification (整顿) begins.</summary>
public sealed record ListWeakBranch(long BranchId, int Version, int Year);

/// <summary>The branch's open rectification is completed in a year; it is rated standard again.</summary>
public sealed record CompleteRectification(long BranchId, int Version, int Year);

/// <summary>A meeting the branch held: one of "three meetings and one lesson" or a themed Party day.</summary>
public sealed record RecordMeeting(long BranchId, MeetingKind Kind, DateOnly HeldOn, int Attendance);

namespace PartyOrg.Domain.Entities;

/// <summary>A branch meeting: "three meetings and one lesson" (三会一课) or a themed Party day.</summary>
public sealed class Meeting
{
    public long Id { get; init; }
    public long BranchId { get; init; }
    public MeetingKind Kind { get; init; }
    public DateOnly HeldOn { get; init; }

    /// <summary>Members present.</summary>
    public int Attendance { get; init; }
}

public enum MeetingKind { MembersMeeting, CommitteeMeeting, GroupMeeting, PartyLecture, ThemedPartyDay }

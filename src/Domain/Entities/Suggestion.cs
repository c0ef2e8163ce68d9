using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>A suggestion from the public (意见建议), collected about a division, perhaps by one of its organisations.</summary>
public sealed class Suggestion
{
    public long Id { get; init; }
    public SuggestionChannel Channel { get; init; }

    /// <summary>What the person said, stored exactly as given: it is text, never markup.</summary>
    public required string Text { get; init; }

    public DateOnly SubmittedOn { get; init; }

    /// <summary>The division the suggestion concerns, at any level.</summary>
    public required string DivisionCode { get; init; }

    public DivisionLevel Level { get; init; }

    /// <summary>The division code padded to a village code's twelve digits, so a subtree is one range of it.</summary>
    public required string AreaCode { get; init; }

    /// <summary>The organisation that collected it; null when the division's own committee did.</summary>
    public long? CollectedByBranchId { get; init; }

    /// <summary>How to reach the person who made it: personal data.</summary>
    public string? Contact { get; init; }

    public SuggestionStatus Status { get; set; }

    /// <summary>When it was adopted, answered or declined; null while received.</summary>
    public DateOnly? RespondedOn { get; set; }

    /// <summary>The reply given to the person, if any.</summary>
    public string? Response { get; set; }

    public int Version { get; set; }

    /// <summary>The padded code of a division, the key subtrees of suggestions are ranges of.</summary>
    public static string AreaOf(string divisionCode) => divisionCode.PadRight(DivisionLevels.Village.CodeLength, '0');
}

/// <summary>How a suggestion reached the Party ("开门问计+上门问需").</summary>
public enum SuggestionChannel { DoorToDoor, PosterQrCode, HelpPlatform, PracticeCenter, VeteranForum, OnlineIntake }

/// <summary>Where a suggestion stands: received, then adopted into a practical-matter list, answered or declined.</summary>
public enum SuggestionStatus { Received, Adopted, Answered, Declined }

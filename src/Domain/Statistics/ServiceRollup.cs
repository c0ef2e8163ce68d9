namespace PartyOrg.Domain.Statistics;

/// <summary>
/// The public-service counts of one node, beside its member counts in the same row: for a division, the suggestions
/// concerning its subtree, the practical matters of the lists made in it and the volunteer projects its communities
/// offer; for a branch, the suggestions it collected, the matters of its own and its members' lists and the projects
/// its members claimed.
/// </summary>
public abstract class ServiceRollup
{
    /// <summary>Suggestions received (all of them, whatever became of them).</summary>
    public int SuggestionsReceived { get; set; }

    /// <summary>Suggestions adopted into a practical-matter list.</summary>
    public int SuggestionsAdopted { get; set; }

    /// <summary>Suggestions answered without a list item.</summary>
    public int SuggestionsAnswered { get; set; }

    /// <summary>Suggestions declined.</summary>
    public int SuggestionsDeclined { get; set; }

    /// <summary>Practical matters planned: every item of the lists, completed or not.</summary>
    public int PracticalMattersPlanned { get; set; }

    /// <summary>Practical matters completed.</summary>
    public int PracticalMattersCompleted { get; set; }

    /// <summary>Volunteer service projects offered (divisions only).</summary>
    public int ServiceProjects { get; set; }

    /// <summary>Volunteer service projects claimed by a member.</summary>
    public int ServiceProjectsClaimed { get; set; }
}

/// <summary>Suggestions of a division's subtree that got a reply, by the days the reply took: the median is read from it.</summary>
public sealed class ResponseTimeRollup
{
    public required string Code { get; init; }
    public int Days { get; init; }
    public int Count { get; set; }
}

/// <summary>The same histogram for the suggestions a branch collected.</summary>
public sealed class BranchResponseTimeRollup
{
    public long BranchId { get; init; }
    public int Days { get; init; }
    public int Count { get; set; }
}

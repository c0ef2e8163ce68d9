using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>How one suggestion, practical matter or project counts in a rollup: used by both the recompute and the deltas.</summary>
public static class ServiceBuckets
{
    /// <summary>Replies that took longer count in the last bucket; the median of a year's suggestions is never near it.</summary>
    public const int LongestResponseDays = 365;

    public static void Apply(ServiceRollup rollup, Suggestion suggestion, int delta)
    {
        rollup.SuggestionsReceived += delta;
        switch (suggestion.Status)
        {
            case SuggestionStatus.Adopted:
                rollup.SuggestionsAdopted += delta;
                break;
            case SuggestionStatus.Answered:
                rollup.SuggestionsAnswered += delta;
                break;
            case SuggestionStatus.Declined:
                rollup.SuggestionsDeclined += delta;
                break;
        }
    }

    public static void Apply(ServiceRollup rollup, PracticalMatter matter, int delta)
    {
        rollup.PracticalMattersPlanned += delta;
        if (matter.Status == PracticalMatterStatus.Completed)
        {
            rollup.PracticalMattersCompleted += delta;
        }
    }

    /// <summary>A division counts the projects its communities offer and those claimed; a branch only those its members claimed.</summary>
    public static void Apply(ServiceRollup rollup, ServiceProject project, int delta, bool offered)
    {
        if (offered)
        {
            rollup.ServiceProjects += delta;
        }

        if (project.ClaimedByMemberId is not null)
        {
            rollup.ServiceProjectsClaimed += delta;
        }
    }

    /// <summary>The days a reply took, capped at <see cref="LongestResponseDays"/>; null while there is none.</summary>
    public static int? ResponseDays(Suggestion suggestion) =>
        suggestion.RespondedOn is { } responded
            ? Math.Clamp(responded.DayNumber - suggestion.SubmittedOn.DayNumber, 0, LongestResponseDays)
            : null;

    /// <summary>The division a suggestion concerns and every division above it.</summary>
    public static IEnumerable<string> Ancestry(Suggestion suggestion) =>
        DivisionLevels.All.Take((int)suggestion.Level + 1).Select(level => level.CodeAbove(suggestion.DivisionCode));

    /// <summary>The median of a histogram of days: the middle reply's days, or the mean of the two middle ones.</summary>
    public static double? Median(IReadOnlyList<(int Days, int Count)> histogram)
    {
        var total = histogram.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        var ordered = histogram.Where(h => h.Count > 0).OrderBy(h => h.Days).ToList();
        return (At(ordered, (total - 1) / 2) + At(ordered, total / 2)) / 2.0;
    }

    private static int At(List<(int Days, int Count)> ordered, int index)
    {
        foreach (var (days, count) in ordered)
        {
            if (index < count)
            {
                return days;
            }

            index -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(index), index, "Beyond the histogram.");
    }
}

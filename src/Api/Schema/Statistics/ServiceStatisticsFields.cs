using System.Linq.Expressions;
using GraphQL.Types;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>The public-service figures of a division's or a branch's statistics, read from the same rollup row.</summary>
public static class ServiceStatisticsFields
{
    public static void Add<T>(ObjectGraphType<T> type, string whose, Func<GraphQL.IResolveFieldContext<T>, object?> medianDays)
        where T : ServiceRollup
    {
        Count(type, "suggestionsReceived", $"Suggestions received (意见建议) {whose}, whatever became of them.", r => r.SuggestionsReceived);
        Count(type, "suggestionsAdopted", "Of those, adopted into a practical-matter list.", r => r.SuggestionsAdopted);
        Count(type, "suggestionsAnswered", "Of those, answered without a list item.", r => r.SuggestionsAnswered);
        Count(type, "suggestionsDeclined", "Of those, declined.", r => r.SuggestionsDeclined);
        Count(type, "suggestionsPending", "Of those, still awaiting a reply.",
            r => r.SuggestionsReceived - r.SuggestionsAdopted - r.SuggestionsAnswered - r.SuggestionsDeclined);
        type.Field<FloatGraphType>("suggestionMedianDaysToReply")
            .Description($"The median days from a suggestion to its reply (adoption, answer or refusal), over those replied to; replies after a year count as 365. Null when none has one.")
            .Reads().Resolve(medianDays);
        Count(type, "practicalMattersPlanned", "Practical matters on the lists (办实事): the plan, completed or not.", r => r.PracticalMattersPlanned);
        Count(type, "practicalMattersCompleted", "Practical matters completed (办结).", r => r.PracticalMattersCompleted);
        type.Field<NonNullGraphType<FloatGraphType>>("practicalMattersCompletedShare").Description("Completed matters as a percentage of the plan. One decimal.")
            .Reads(nameof(ServiceRollup.PracticalMattersCompleted), nameof(ServiceRollup.PracticalMattersPlanned)).Resolve(c => Share.Of(c.Source.PracticalMattersCompleted, c.Source.PracticalMattersPlanned));
        Count(type, "serviceProjectsClaimed", "Volunteer service projects claimed by in-service members (认领服务项目).", r => r.ServiceProjectsClaimed);
    }

    private static void Count<T>(ObjectGraphType<T> type, string name, string description, Expression<Func<T, int>> count)
        where T : ServiceRollup
    =>
        type.Field<NonNullGraphType<IntGraphType>>($"{name}Count").Description(description).ResolveCount(count);
}

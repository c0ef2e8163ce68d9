using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Suggestions;

public static class SuggestionRows
{
    public static readonly FilterDefinition<Suggestion> Filter = new FilterDefinition<Suggestion>("Suggestion")
        .Id("id", s => s.Id, id => NodeId.DecodeLong(id, NodeTypes.Suggestion), "The suggestion's global ID.")
        .Enum<SuggestionChannel, SuggestionChannelGraphType>("channel", s => s.Channel, "How it reached the Party.")
        .Enum<SuggestionStatus, SuggestionStatusGraphType>("status", s => s.Status, "Where it stands.")
        .Field("submittedOn", s => s.SubmittedOn, "When it was made.")
        .Field("respondedOn", s => s.RespondedOn, "When it was adopted, answered or declined; null while received.")
        .Field("divisionCode", s => s.DivisionCode, "The code of the division it concerns.")
        .Field("text", s => s.Text, "What was suggested.")
        .Field("contact", s => s.Contact, "How to reach the person who made it.").Requires(Role.Organizer);

    public static readonly SortDefinition<Suggestion> Sort = new SortDefinition<Suggestion>("Suggestion", s => s.Id)
        .Field("submittedOn", s => s.SubmittedOn, "By the date it was made.")
        .Field("respondedOn", s => s.RespondedOn, "By the date of the reply.")
        .Field("status", s => s.Status, "By status: RECEIVED, ADOPTED, ANSWERED, DECLINED.")
        .Field("channel", s => s.Channel, "By channel.");

    public static readonly ConnectionSpec<SuggestionGraphType, Suggestion, SuggestionFilterInputGraphType, SuggestionSortInputGraphType> Spec =
        new(Filter, Sort, [new SortStep(Sort.Find("submittedOn")!, Descending: true)]);
}

public sealed class SuggestionFilterInputGraphType() : FilterInputGraphType<Suggestion>(SuggestionRows.Filter, "Conditions on suggestions.");

public sealed class SuggestionSortInputGraphType() : SortInputGraphType<Suggestion>(SuggestionRows.Sort, "Orders of suggestions; newest first by default.");

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.PracticalMatters;

namespace PartyOrg.Api.Schema.Suggestions;

public sealed class SubmitSuggestionInputGraphType : InputObjectGraphType<SubmitSuggestionInput>
{
    public SubmitSuggestionInputGraphType()
    {
        Name = "SubmitSuggestionInput";
        Description = "A suggestion about a division. Without an organizer key it goes through the public intake: plain text, at most 5 an hour from one address and 100 a day per division.";
        Field("divisionCode", x => x.DivisionCode, typeof(NonNullGraphType<StringGraphType>)).Description("The code of the division it concerns, at any level.");
        Field("text", x => x.Text, typeof(NonNullGraphType<StringGraphType>)).Description("What is suggested: 1 to 500 characters of plain text; markup is kept as typed, never interpreted.");
        Field("contact", x => x.Contact, typeof(StringGraphType)).Description("How to reach the person, up to 64 characters; personal data, read only by organizer and admin keys.");
        Field("channel", x => x.Channel, typeof(SuggestionChannelGraphType)).Description("How it was collected; organizer keys only (default ONLINE_INTAKE).");
        Field("collectedByBranchId", x => x.CollectedByBranchId, typeof(IdGraphType)).Description("The organisation that collected it, in the division's subtree; organizer keys only.");
    }
}

public sealed class AnswerSuggestionInputGraphType : InputObjectGraphType<ReplySuggestionInput>
{
    public AnswerSuggestionInputGraphType()
    {
        Name = "AnswerSuggestionInput";
        Description = "A reply that answers a received suggestion without a list item.";
        ReplyFields.Add(this);
    }
}

public sealed class DeclineSuggestionInputGraphType : InputObjectGraphType<ReplySuggestionInput>
{
    public DeclineSuggestionInputGraphType()
    {
        Name = "DeclineSuggestionInput";
        Description = "A reply that declines a received suggestion, with the reason.";
        ReplyFields.Add(this);
    }
}

public static class ReplyFields
{
    public static void Add(InputObjectGraphType<ReplySuggestionInput> type)
    {
        type.Field("suggestionId", x => x.SuggestionId, typeof(NonNullGraphType<IdGraphType>)).Description("The suggestion, still RECEIVED.");
        type.Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The suggestion's version as last read.");
        type.Field("response", x => x.Response, typeof(NonNullGraphType<StringGraphType>)).Description("The reply, 1 to 500 characters of plain text.");
    }
}

public sealed class AdoptSuggestionInputGraphType : InputObjectGraphType<AdoptSuggestionInput>
{
    public AdoptSuggestionInputGraphType()
    {
        Name = "AdoptSuggestionInput";
        Description = "Adopts a received suggestion: it becomes an item on a practical-matter list of a branch in the division it concerns, or of the branch that collected it.";
        Field("suggestionId", x => x.SuggestionId, typeof(NonNullGraphType<IdGraphType>)).Description("The suggestion, still RECEIVED.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The suggestion's version as last read.");
        Field("listId", x => x.ListId, typeof(NonNullGraphType<IdGraphType>)).Description("The list that takes it up.");
        Field("title", x => x.Title, typeof(NonNullGraphType<StringGraphType>)).Description("The item's title, 1 to 128 characters.");
        Field("category", x => x.Category, typeof(NonNullGraphType<ServiceCategoryGraphType>)).Description("What it is about.");
        Field("plannedOn", x => x.PlannedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When it is to be done: from the year before the list's year to two years after.");
    }
}

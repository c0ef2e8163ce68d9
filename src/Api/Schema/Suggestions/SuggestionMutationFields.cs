using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Suggestions;

public sealed class SuggestionMutationFields(SuggestionChanges changes, PublicIntake intake) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.AddForCaller<SubmitSuggestionInputGraphType, SubmitSuggestionInput, SuggestionGraphType, Suggestion>(mutation, "submitSuggestion",
            "Submits a suggestion about a division. Open to everyone (the public intake): the only change a caller without an organizer key may make.",
            "suggestion", "The suggestion as stored (readable by partner keys and above).", intake.SubmitAsync, limited: true)
            .Requires(Role.Anonymous);
        MutationFields.Add<AnswerSuggestionInputGraphType, ReplySuggestionInput, SuggestionGraphType, Suggestion>(mutation, "answerSuggestion",
            "Answers a received suggestion without a list item; it counts as ANSWERED.", "suggestion", "The answered suggestion.",
            (input, scope, ct) => changes.AnswerAsync(input.ToChange(decline: false), scope, ct));
        MutationFields.Add<DeclineSuggestionInputGraphType, ReplySuggestionInput, SuggestionGraphType, Suggestion>(mutation, "declineSuggestion",
            "Declines a received suggestion, giving the reason; it counts as DECLINED.", "suggestion", "The declined suggestion.",
            (input, scope, ct) => changes.AnswerAsync(input.ToChange(decline: true), scope, ct));
        MutationFields.Add<AdoptSuggestionInputGraphType, AdoptSuggestionInput, PracticalMatterGraphType, PracticalMatter>(mutation, "adoptSuggestion",
            "Adopts a received suggestion into a practical-matter list: a new item links back to it, and it counts as ADOPTED.", "practicalMatter", "The new list item.",
            (input, scope, ct) => changes.AdoptAsync(input.ToChange(), scope, ct));
    }
}

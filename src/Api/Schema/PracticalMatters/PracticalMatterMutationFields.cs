using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.PracticalMatters;

public sealed class PracticalMatterMutationFields(PracticalMatterChanges changes) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<CreatePracticalMatterListInputGraphType, CreatePracticalMatterListInput, PracticalMatterListGraphType, PracticalMatterList>(mutation,
            "createPracticalMatterList", "Makes a practical-matter list of a branch or of one of its members; it starts empty.", "list", "The new list.",
            (input, scope, ct) => changes.CreateListAsync(input.ToChange(), scope, ct));
        MutationFields.Add<CreatePracticalMatterInputGraphType, CreatePracticalMatterInput, PracticalMatterGraphType, PracticalMatter>(mutation,
            "createPracticalMatter", "Adds a planned item to a list; it counts among the practical matters planned.", "practicalMatter", "The new item.",
            (input, scope, ct) => changes.CreateAsync(input.ToChange(), scope, ct));
        MutationFields.Add<CompletePracticalMatterInputGraphType, CompletePracticalMatterInput, PracticalMatterGraphType, PracticalMatter>(mutation,
            "completePracticalMatter", "Completes a planned item; the list's completed share moves with it.", "practicalMatter", "The completed item.",
            (input, scope, ct) => changes.CompleteAsync(input.ToChange(), scope, ct));
    }
}

using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Suggestions;

// IDs stay global IDs until the mutation runs, so a malformed one is refused with INVALID_NODE_ID on the mutation.

public sealed record SubmitSuggestionInput(string DivisionCode, string Text, string? Contact, SuggestionChannel? Channel, string? CollectedByBranchId)
{
    public SubmitSuggestion ToChange(int? publicDailyCap) => new(
        DivisionCode, Channel ?? SuggestionChannel.OnlineIntake, Text, Contact,
        CollectedByBranchId is { } id ? NodeId.DecodeLong(id, NodeTypes.Branch) : null, publicDailyCap);
}

public sealed record ReplySuggestionInput(string SuggestionId, int Version, string Response)
{
    public AnswerSuggestion ToChange(bool decline) => new(NodeId.DecodeLong(SuggestionId, NodeTypes.Suggestion), Version, Response, decline);
}

public sealed record AdoptSuggestionInput(string SuggestionId, int Version, string ListId, string Title, ServiceCategory Category, DateOnly PlannedOn)
{
    public AdoptSuggestion ToChange() => new(
        NodeId.DecodeLong(SuggestionId, NodeTypes.Suggestion), Version, NodeId.DecodeLong(ListId, NodeTypes.PracticalMatterList), Title, Category, PlannedOn);
}

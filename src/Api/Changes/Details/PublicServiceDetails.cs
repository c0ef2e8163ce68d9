using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Changes.Details;

public sealed record SuggestionSubmitted(long? SuggestionId, string? DivisionCode, SuggestionChannel? Channel, DateOnly? SubmittedOn, long? BranchId) : ChangeDetails;

public sealed record SuggestionAnswered(long? SuggestionId, DateOnly? RespondedOn) : ChangeDetails;

public sealed record SuggestionDeclined(long? SuggestionId, DateOnly? RespondedOn) : ChangeDetails;

public sealed record SuggestionAdopted(long? SuggestionId, DateOnly? RespondedOn, long? MatterId, long? ListId) : ChangeDetails;

public sealed record PracticalMatterListCreated(long? ListId, long? BranchId, long? MemberId, string? Title, int? Year, bool? IsPublished) : ChangeDetails;

public sealed record PracticalMatterCreated(
    long? MatterId, long? ListId, long? BranchId, string? Title, ServiceCategory? Category, DateOnly? PlannedOn, long? SuggestionId) : ChangeDetails;

public sealed record PracticalMatterCompleted(long? MatterId, long? ListId, long? BranchId, DateOnly? CompletedOn) : ChangeDetails;

public sealed record ServiceProjectOffered(long? ProjectId, string? Title, ServiceCategory? Category, DateOnly? PostedOn) : ChangeDetails;

public sealed record ServiceProjectClaimed(long? ProjectId, long? MemberId, long? BranchId, DateOnly? ClaimedOn) : ChangeDetails;

/// <summary>The public-service kinds' details, read the way <see cref="ChangeDetailsParser"/> reads the others.</summary>
public static class PublicServiceDetailsParser
{
    public static ChangeDetails? Parse(PartyOrg.Domain.Changes.ChangeKind kind, DetailsReader d) => kind switch
    {
        PartyOrg.Domain.Changes.ChangeKind.SuggestionSubmitted => new SuggestionSubmitted(
            d.Long("suggestionId"), d.String("divisionCode"), d.Enum<SuggestionChannel>("channel"), d.Date("submittedOn"), d.Long("branchId")),
        PartyOrg.Domain.Changes.ChangeKind.SuggestionAnswered => new SuggestionAnswered(d.Long("suggestionId"), d.Date("respondedOn")),
        PartyOrg.Domain.Changes.ChangeKind.SuggestionDeclined => new SuggestionDeclined(d.Long("suggestionId"), d.Date("respondedOn")),
        PartyOrg.Domain.Changes.ChangeKind.SuggestionAdopted => new SuggestionAdopted(d.Long("suggestionId"), d.Date("respondedOn"), d.Long("matterId"), d.Long("listId")),
        PartyOrg.Domain.Changes.ChangeKind.PracticalMatterListCreated => new PracticalMatterListCreated(
            d.Long("listId"), d.Long("branchId"), d.Long("memberId"), d.String("title"), d.Int("year"), d.Bool("isPublished")),
        PartyOrg.Domain.Changes.ChangeKind.PracticalMatterCreated => new PracticalMatterCreated(
            d.Long("matterId"), d.Long("listId"), d.Long("branchId"), d.String("title"), d.Enum<ServiceCategory>("category"), d.Date("plannedOn"), d.Long("suggestionId")),
        PartyOrg.Domain.Changes.ChangeKind.PracticalMatterCompleted => new PracticalMatterCompleted(d.Long("matterId"), d.Long("listId"), d.Long("branchId"), d.Date("completedOn")),
        PartyOrg.Domain.Changes.ChangeKind.ServiceProjectOffered => new ServiceProjectOffered(d.Long("projectId"), d.String("title"), d.Enum<ServiceCategory>("category"), d.Date("postedOn")),
        PartyOrg.Domain.Changes.ChangeKind.ServiceProjectClaimed => new ServiceProjectClaimed(d.Long("projectId"), d.Long("memberId"), d.Long("branchId"), d.Date("claimedOn")),
        _ => null,
    };
}

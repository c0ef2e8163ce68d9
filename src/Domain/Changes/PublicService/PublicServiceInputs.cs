using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.PublicService;

/// <summary>
/// A suggestion about a division. <paramref name="PublicDailyCap"/> is set for the public intake: the channel is then
/// the online intake, nobody collected it, and the division takes at most that many a day through it.
/// </summary>
public sealed record SubmitSuggestion(string DivisionCode, SuggestionChannel Channel, string Text, string? Contact, long? CollectedByBranchId, int? PublicDailyCap = null);

/// <summary>A reply to a received suggestion that answers it, or declines it, without a list item.</summary>
public sealed record AnswerSuggestion(long SuggestionId, int Version, string Response, bool Decline);

/// <summary>A received suggestion is adopted: it becomes an item on a practical-matter list.</summary>
public sealed record AdoptSuggestion(long SuggestionId, int Version, long ListId, string Title, ServiceCategory Category, DateOnly PlannedOn);

/// <summary>A new practical-matter list of a branch, or of one of its members.</summary>
public sealed record CreatePracticalMatterList(long BranchId, long? MemberId, string Title, int Year, bool IsPublished);

/// <summary>A new item on a list.</summary>
public sealed record CreatePracticalMatter(long ListId, string Title, ServiceCategory Category, DateOnly PlannedOn);

/// <summary>An item is done.</summary>
public sealed record CompletePracticalMatter(long MatterId, int Version, DateOnly CompletedOn);

/// <summary>A community offers a volunteer service project.</summary>
public sealed record OfferServiceProject(string CommunityCode, string Title, ServiceCategory Category);

/// <summary>An in-service member registered with the project's community claims it (认领).</summary>
public sealed record ClaimServiceProject(long ProjectId, int Version, long MemberId);

using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.PublicService;

/// <summary>The rules the public-service records keep, shared by their changes.</summary>
internal static class PublicServiceRules
{
    public static string Subject(string type, long id) => $"{type}:{id}";

    /// <summary>
    /// Plain text of 1 to <paramref name="maxLength"/> characters: no control characters other than line breaks and
    /// tabs, no lone surrogates. Markup is allowed and kept as typed; nothing here or later interprets it.
    /// </summary>
    public static ChangeError? CheckText(string? text, int maxLength, string field, bool optional = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return optional && text is null ? null : Invalid($"The {field} must not be empty.", field);
        }

        if (text.Length > maxLength)
        {
            return Invalid($"The {field} has at most {maxLength} characters; it has {text.Length}.", field);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ||
                (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[++i]))) ||
                char.IsLowSurrogate(c))
            {
                return Invalid($"The {field} must be plain text: it has a control character or a broken character at position {i}.", field);
            }
        }

        return null;
    }

    public static ChangeError Invalid(string message, string field) => new(ChangeErrorCode.Invalid, message, field);

    public static ChangeError NotFound(string what, long id, string field) => new(ChangeErrorCode.NotFound, $"There is no {what} {id}.", field);

    public static ChangeError Conflict(string what, int expected, int actual) =>
        ChangeOutcome.Conflict<object>(what, expected, actual).Errors[0];

    public static async Task<(Suggestion? Suggestion, ChangeError? Refusal)> SuggestionAsync(ChangeSession session, long id, int version, CancellationToken cancellationToken)
    {
        var suggestion = await session.Db.Suggestions.FindAsync([id], cancellationToken);
        if (suggestion is null || !session.Scope.Contains(suggestion.AreaCode))
        {
            return (null, NotFound("suggestion", id, "suggestionId"));
        }

        if (suggestion.Version != version)
        {
            return (null, Conflict($"Suggestion {id}", version, suggestion.Version));
        }

        return suggestion.Status == SuggestionStatus.Received
            ? (suggestion, null)
            : (null, Invalid($"Suggestion {id} was already {suggestion.Status.ToString().ToLowerInvariant()} on {suggestion.RespondedOn:yyyy-MM-dd}.", "suggestionId"));
    }

    public static async Task<(PracticalMatterList? List, ChangeError? Refusal)> ListAsync(PartyDbContext db, ChangeSession session, long id, CancellationToken cancellationToken)
    {
        var list = await db.PracticalMatterLists.FindAsync([id], cancellationToken);
        return list is null || !session.Scope.Contains(list.VillageCode) ? (null, NotFound("practical-matter list", id, "listId")) : (list, null);
    }

    /// <summary>An item's planned date lies within a year before or two years after the list's year.</summary>
    public static ChangeError? CheckPlanned(PracticalMatterList list, DateOnly planned) =>
        planned.Year < list.Year - 1 || planned.Year > list.Year + 2
            ? Invalid($"The planned date {planned:yyyy-MM-dd} is too far from the list's year {list.Year}: from {list.Year - 1} to {list.Year + 2}.", "plannedOn")
            : null;

    /// <summary>Adds an item to a list, with its counts and rollups.</summary>
    public static async Task<PracticalMatter> AddMatterAsync(ChangeSession session, PracticalMatterList list, string title, ServiceCategory category, DateOnly planned, long? suggestion, CancellationToken cancellationToken)
    {
        var db = session.Db;
        var matter = new PracticalMatter
        {
            Id = (await db.PracticalMatters.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0) + 1,
            ListId = list.Id,
            BranchId = list.BranchId,
            VillageCode = list.VillageCode,
            Title = title.Trim(),
            Category = category,
            SourceSuggestionId = suggestion,
            PlannedOn = planned,
            Status = PracticalMatterStatus.Planned,
        };
        db.PracticalMatters.Add(matter);
        list.ItemCount++;
        list.Version++;
        await session.Rollups.PracticalMatterAsync(matter, 1, cancellationToken);
        session.Record(ChangeKind.PracticalMatterCreated, matter.VillageCode, Subject(NodeTypes.PracticalMatter, matter.Id),
            new { MatterId = matter.Id, matter.ListId, matter.BranchId, matter.Title, matter.Category, matter.PlannedOn, SuggestionId = suggestion });
        return matter;
    }
}

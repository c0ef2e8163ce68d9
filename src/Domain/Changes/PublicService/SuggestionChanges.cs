using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.PublicService;

/// <summary>Suggestions from the public: received, then adopted into a list, answered or declined.</summary>
public sealed class SuggestionChanges(ChangeRunner runner, DivisionDirectory directory, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<ChangeOutcome<Suggestion>> SubmitAsync(SubmitSuggestion input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var division = (await directory.GetAsync(ct)).Find(input.DivisionCode ?? "");
            if (division is null || !session.Scope.Contains(Suggestion.AreaOf(division.Code)))
            {
                return ChangeOutcome.NotFound<Suggestion>($"There is no division with the code '{Shown(input.DivisionCode)}'.", "divisionCode");
            }

            var refusal = PublicServiceRules.CheckText(input.Text, PublicServiceLimits.MaxTextLength, "text")
                ?? PublicServiceRules.CheckText(input.Contact, PublicServiceLimits.MaxContactLength, "contact", optional: true);
            if (refusal is not null)
            {
                return ChangeOutcome.Failure<Suggestion>(refusal);
            }

            var level = DivisionLevels.Of(division);
            var area = Suggestion.AreaOf(division.Code);
            if (input.CollectedByBranchId is { } branchId)
            {
                var branch = await db.Branches.FindAsync([branchId], ct);
                if (branch is null || !session.Scope.Contains(branch.VillageCode))
                {
                    return ChangeOutcome.NotFound<Suggestion>($"There is no branch {branchId}.", "collectedByBranchId");
                }

                if (!branch.VillageCode.StartsWith(level.SubtreePrefix(division.Code), StringComparison.Ordinal))
                {
                    return ChangeOutcome.Invalid<Suggestion>($"Branch {branchId} lies outside division {division.Code}: an organisation collects suggestions about its own division or one above it.", "collectedByBranchId");
                }
            }

            var today = Today;
            if (input.PublicDailyCap is { } cap &&
                await db.Suggestions.CountAsync(s => s.DivisionCode == division.Code && s.Channel == SuggestionChannel.OnlineIntake && s.SubmittedOn == today, ct) >= cap)
            {
                return ChangeOutcome.Failure<Suggestion>(new ChangeError(ChangeErrorCode.LimitExceeded,
                    $"Division {division.Code} has received its {cap} suggestions through the public intake today; try again tomorrow, or through another channel.", "divisionCode"));
            }

            var suggestion = new Suggestion
            {
                Id = (await db.Suggestions.MaxAsync(s => (long?)s.Id, ct) ?? 0) + 1,
                Channel = input.PublicDailyCap is null ? input.Channel : SuggestionChannel.OnlineIntake,
                Text = input.Text,
                SubmittedOn = today,
                DivisionCode = division.Code,
                Level = level.Level,
                AreaCode = area,
                CollectedByBranchId = input.PublicDailyCap is null ? input.CollectedByBranchId : null,
                Contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim(),
                Status = SuggestionStatus.Received,
            };
            db.Suggestions.Add(suggestion);
            await session.Rollups.SuggestionAsync(suggestion, 1, ct);
            session.Record(ChangeKind.SuggestionSubmitted, area, PublicServiceRules.Subject(NodeTypes.Suggestion, suggestion.Id),
                new { SuggestionId = suggestion.Id, suggestion.DivisionCode, suggestion.Channel, suggestion.SubmittedOn, BranchId = suggestion.CollectedByBranchId });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(suggestion);
        }, cancellationToken);

    public Task<ChangeOutcome<Suggestion>> AnswerAsync(AnswerSuggestion input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var (suggestion, refusal) = await PublicServiceRules.SuggestionAsync(session, input.SuggestionId, input.Version, ct);
            refusal ??= PublicServiceRules.CheckText(input.Response, PublicServiceLimits.MaxTextLength, "response");
            if (refusal is not null)
            {
                return ChangeOutcome.Failure<Suggestion>(refusal);
            }

            await RespondAsync(session, suggestion!, input.Decline ? SuggestionStatus.Declined : SuggestionStatus.Answered, input.Response.Trim(), ct);
            session.Record(input.Decline ? ChangeKind.SuggestionDeclined : ChangeKind.SuggestionAnswered, suggestion!.AreaCode,
                PublicServiceRules.Subject(NodeTypes.Suggestion, suggestion.Id), new { SuggestionId = suggestion.Id, suggestion.RespondedOn });
            await session.Db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(suggestion);
        }, cancellationToken);

    public Task<ChangeOutcome<PracticalMatter>> AdoptAsync(AdoptSuggestion input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var (suggestion, refusal) = await PublicServiceRules.SuggestionAsync(session, input.SuggestionId, input.Version, ct);
            var (list, missing) = refusal is null ? await PublicServiceRules.ListAsync(session.Db, session, input.ListId, ct) : (null, null);
            refusal ??= missing ?? PublicServiceRules.CheckText(input.Title, PublicServiceLimits.MaxTitleLength, "title")
                ?? PublicServiceRules.CheckPlanned(list!, input.PlannedOn);
            if (refusal is not null)
            {
                return ChangeOutcome.Failure<PracticalMatter>(refusal);
            }

            var ownSubtree = list!.VillageCode.StartsWith(DivisionLevels.Of(suggestion!.Level).SubtreePrefix(suggestion.DivisionCode), StringComparison.Ordinal);
            if (!ownSubtree && suggestion.CollectedByBranchId != list.BranchId)
            {
                return ChangeOutcome.Invalid<PracticalMatter>(
                    $"List {list.Id} belongs to a branch outside the division the suggestion concerns, which did not collect it either.", "listId");
            }

            await RespondAsync(session, suggestion, SuggestionStatus.Adopted, $"已纳入办实事清单：{input.Title.Trim()}", ct);
            var matter = await PublicServiceRules.AddMatterAsync(session, list, input.Title, input.Category, input.PlannedOn, suggestion.Id, ct);
            session.Record(ChangeKind.SuggestionAdopted, suggestion.AreaCode, PublicServiceRules.Subject(NodeTypes.Suggestion, suggestion.Id),
                new { SuggestionId = suggestion.Id, suggestion.RespondedOn, MatterId = matter.Id, ListId = list.Id });
            await session.Db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(matter);
        }, cancellationToken);

    /// <summary>The suggestion moves from received to its reply: out of the counts as it was, into them as it is.</summary>
    private async Task RespondAsync(ChangeSession session, Suggestion suggestion, SuggestionStatus status, string response, CancellationToken cancellationToken)
    {
        await session.Rollups.SuggestionAsync(suggestion, -1, cancellationToken);
        suggestion.Status = status;
        suggestion.RespondedOn = Today < suggestion.SubmittedOn ? suggestion.SubmittedOn : Today;
        suggestion.Response = response;
        suggestion.Version++;
        await session.Rollups.SuggestionAsync(suggestion, 1, cancellationToken);
    }

    private static string Shown(string? code) => code is null ? "" : code.Length > 20 ? code[..20] : code;
}

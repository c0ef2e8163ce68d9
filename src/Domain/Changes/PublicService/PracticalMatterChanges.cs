using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.PublicService;

/// <summary>Practical-matter lists (办实事清单) and their items: made, extended, completed.</summary>
public sealed class PracticalMatterChanges(ChangeRunner runner, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<ChangeOutcome<PracticalMatterList>> CreateListAsync(CreatePracticalMatterList input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var branch = await db.Branches.FindAsync([input.BranchId], ct);
            if (branch is null || !session.Scope.Contains(branch.VillageCode))
            {
                return ChangeOutcome.NotFound<PracticalMatterList>($"There is no branch {input.BranchId}.", "branchId");
            }

            if (input.MemberId is { } memberId)
            {
                var member = await db.Members.FindAsync([memberId], ct);
                if (member is null || !session.Scope.Contains(member.VillageCode))
                {
                    return ChangeOutcome.NotFound<PracticalMatterList>($"There is no member {memberId}.", "memberId");
                }

                if (member.BranchId != branch.Id)
                {
                    return ChangeOutcome.Invalid<PracticalMatterList>($"Member {memberId} does not belong to branch {branch.Id}; a personal list is made in the member's own branch.", "memberId");
                }
            }

            var refusal = PublicServiceRules.CheckText(input.Title, PublicServiceLimits.MaxTitleLength, "title");
            if (refusal is not null)
            {
                return ChangeOutcome.Failure<PracticalMatterList>(refusal);
            }

            if (input.Year < Today.Year - 1 || input.Year > Today.Year + 1)
            {
                return ChangeOutcome.Invalid<PracticalMatterList>($"A list is made for last year, this year or next year ({Today.Year - 1} to {Today.Year + 1}), not {input.Year}.", "year");
            }

            var list = new PracticalMatterList
            {
                Id = (await db.PracticalMatterLists.MaxAsync(l => (long?)l.Id, ct) ?? 0) + 1,
                Title = input.Title.Trim(),
                Year = input.Year,
                BranchId = branch.Id,
                MemberId = input.MemberId,
                VillageCode = branch.VillageCode,
                IsPublished = input.IsPublished,
            };
            db.PracticalMatterLists.Add(list);
            session.Record(ChangeKind.PracticalMatterListCreated, list.VillageCode, PublicServiceRules.Subject(NodeTypes.PracticalMatterList, list.Id),
                new { ListId = list.Id, list.BranchId, list.MemberId, list.Title, list.Year, list.IsPublished });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(list);
        }, cancellationToken);

    public Task<ChangeOutcome<PracticalMatter>> CreateAsync(CreatePracticalMatter input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var (list, refusal) = await PublicServiceRules.ListAsync(session.Db, session, input.ListId, ct);
            refusal ??= PublicServiceRules.CheckText(input.Title, PublicServiceLimits.MaxTitleLength, "title") ?? PublicServiceRules.CheckPlanned(list!, input.PlannedOn);
            if (refusal is not null)
            {
                return ChangeOutcome.Failure<PracticalMatter>(refusal);
            }

            var matter = await PublicServiceRules.AddMatterAsync(session, list!, input.Title, input.Category, input.PlannedOn, null, ct);
            await session.Db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(matter);
        }, cancellationToken);

    public Task<ChangeOutcome<PracticalMatter>> CompleteAsync(CompletePracticalMatter input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var matter = await db.PracticalMatters.FindAsync([input.MatterId], ct);
            if (matter is null || !session.Scope.Contains(matter.VillageCode))
            {
                return ChangeOutcome.NotFound<PracticalMatter>($"There is no practical matter {input.MatterId}.", "matterId");
            }

            if (matter.Version != input.Version)
            {
                return ChangeOutcome.Conflict<PracticalMatter>($"Practical matter {matter.Id}", input.Version, matter.Version);
            }

            if (matter.Status == PracticalMatterStatus.Completed)
            {
                return ChangeOutcome.Invalid<PracticalMatter>($"Practical matter {matter.Id} was already completed on {matter.CompletedOn:yyyy-MM-dd}.", "matterId");
            }

            var list = await db.PracticalMatterLists.SingleAsync(l => l.Id == matter.ListId, ct);
            var earliest = new DateOnly(list.Year - 1, 1, 1);
            if (input.CompletedOn > Today || input.CompletedOn < earliest)
            {
                return ChangeOutcome.Invalid<PracticalMatter>($"The completion date {input.CompletedOn:yyyy-MM-dd} must lie between {earliest:yyyy-MM-dd} and today.", "completedOn");
            }

            await session.Rollups.PracticalMatterAsync(matter, -1, ct);
            matter.Status = PracticalMatterStatus.Completed;
            matter.CompletedOn = input.CompletedOn;
            matter.Version++;
            await session.Rollups.PracticalMatterAsync(matter, 1, ct);
            list.CompletedCount++;
            list.Version++;
            session.Record(ChangeKind.PracticalMatterCompleted, matter.VillageCode, PublicServiceRules.Subject(NodeTypes.PracticalMatter, matter.Id),
                new { MatterId = matter.Id, matter.ListId, matter.BranchId, matter.CompletedOn });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(matter);
        }, cancellationToken);
}

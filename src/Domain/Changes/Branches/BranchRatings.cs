using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.Branches;

/// <summary>
/// The "strongest branch" campaign's ratings and the weak branches' rectification: a branch becomes
/// weak only by being listed, and leaves that rating only by completing its rectification.
/// </summary>
public sealed class BranchRatings(ChangeRunner runner, TimeProvider clock)
{
    private int CurrentYear => clock.GetUtcNow().UtcDateTime.Year;

    public Task<ChangeOutcome<Branch>> RateAsync(RateBranch input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var (branch, refusal) = await BranchRules.FindAsync(session, input.BranchId, input.Version, ct);
            if (branch is null)
            {
                return ChangeOutcome.Failure<Branch>(refusal!);
            }

            if (input.Rating == BranchRating.Weak)
            {
                return ChangeOutcome.Invalid<Branch>("A branch is rated weak only by listing it for rectification: use listWeakBranch.", "rating");
            }

            if (BranchRules.CheckYear(branch, input.Year, CurrentYear) is { } problem)
            {
                return ChangeOutcome.Failure<Branch>(problem);
            }

            if (branch.Rating == BranchRating.Weak && await BranchRules.OpenRectificationAsync(session.Db, branch.Id, ct) is { } open)
            {
                return ChangeOutcome.Invalid<Branch>(
                    $"Branch {branch.Id} is under rectification since {open.ListedYear}: complete the rectification first.", "branchId");
            }

            var previous = branch.Rating;
            await BranchRules.MoveRatingAsync(session, branch, input.Rating, input.Year, ct);
            session.Record(ChangeKind.BranchRated, branch.VillageCode, BranchRules.Subject(branch.Id),
                new { BranchId = branch.Id, branch.Rating, Year = branch.RatedYear, PreviousRating = previous });
            await session.Db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(branch);
        }, cancellationToken);

    public Task<ChangeOutcome<Branch>> ListWeakAsync(ListWeakBranch input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (branch, refusal) = await BranchRules.FindAsync(session, input.BranchId, input.Version, ct);
            if (branch is null)
            {
                return ChangeOutcome.Failure<Branch>(refusal!);
            }

            if (BranchRules.CheckYear(branch, input.Year, CurrentYear) is { } problem)
            {
                return ChangeOutcome.Failure<Branch>(problem);
            }

            if (await BranchRules.OpenRectificationAsync(db, branch.Id, ct) is { } open)
            {
                return ChangeOutcome.Invalid<Branch>($"Branch {branch.Id} is already under rectification since {open.ListedYear}.", "branchId");
            }

            var rectification = new Rectification
            {
                Id = (await db.Rectifications.MaxAsync(r => (long?)r.Id, ct) ?? 0) + 1,
                BranchId = branch.Id,
                VillageCode = branch.VillageCode,
                ListedYear = input.Year,
            };
            db.Rectifications.Add(rectification);
            await BranchRules.MoveRatingAsync(session, branch, BranchRating.Weak, input.Year, ct);
            session.Record(ChangeKind.BranchListedWeak, branch.VillageCode, BranchRules.Subject(branch.Id),
                new { BranchId = branch.Id, RectificationId = rectification.Id, rectification.ListedYear });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(branch);
        }, cancellationToken);

    public Task<ChangeOutcome<Branch>> CompleteRectificationAsync(CompleteRectification input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (branch, refusal) = await BranchRules.FindAsync(session, input.BranchId, input.Version, ct);
            if (branch is null)
            {
                return ChangeOutcome.Failure<Branch>(refusal!);
            }

            var open = await BranchRules.OpenRectificationAsync(db, branch.Id, ct);
            if (open is null)
            {
                return ChangeOutcome.Invalid<Branch>($"Branch {branch.Id} is not under rectification.", "branchId");
            }

            if (input.Year < open.ListedYear || input.Year > CurrentYear)
            {
                return ChangeOutcome.Invalid<Branch>(
                    $"The rectification listed in {open.ListedYear} is completed between {open.ListedYear} and {CurrentYear}, not in {input.Year}.", "year");
            }

            open.RectifiedYear = input.Year;
            await session.Rollups.CompletedRectificationAsync(branch.VillageCode, open.ListedYear, 1, ct);
            await BranchRules.MoveRatingAsync(session, branch, BranchRating.Standard, input.Year, ct);
            session.Record(ChangeKind.RectificationCompleted, branch.VillageCode, BranchRules.Subject(branch.Id),
                new { BranchId = branch.Id, RectificationId = open.Id, open.ListedYear, RectifiedYear = input.Year });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(branch);
        }, cancellationToken);
}

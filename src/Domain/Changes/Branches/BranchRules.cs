using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.Branches;

/// <summary>The rules a branch record keeps, shared by the branch changes.</summary>
internal static class BranchRules
{
    public const int MaxNameLength = 128;

    /// <summary>The Party was founded on 1 July 1921; no branch is older.</summary>
    public static readonly DateOnly PartyFounded = new(1921, 7, 1);

    public static string Subject(long branchId) => $"{NodeTypes.Branch}:{branchId}";

    /// <summary>The branch, if it exists and the client read its current version (when it sent one); otherwise why not.</summary>
    public static async Task<(Branch? Branch, ChangeError? Refusal)> FindAsync(ChangeSession session, long id, int? version, CancellationToken cancellationToken)
    {
        var branch = await session.Db.Branches.FindAsync([id], cancellationToken);
        if (branch is null || !session.Scope.Contains(branch.VillageCode))
        {
            return (null, new ChangeError(ChangeErrorCode.NotFound, $"There is no branch {id}.", "branchId"));
        }

        return version is null || branch.Version == version
            ? (branch, null)
            : (null, ChangeOutcome.Conflict<Branch>($"Branch {id}", version.Value, branch.Version).Errors[0]);
    }

    /// <summary>A rating or rectification year lies between the branch's founding and the current year.</summary>
    public static ChangeError? CheckYear(Branch branch, int year, int currentYear)
    {
        if (year > currentYear)
        {
            return new ChangeError(ChangeErrorCode.Invalid, $"The year {year} is in the future.", "year");
        }

        return year < branch.FoundedOn.Year
            ? new ChangeError(ChangeErrorCode.Invalid, $"Branch {branch.Id} was founded in {branch.FoundedOn.Year}; the year {year} is before that.", "year")
            : null;
    }

    /// <summary>The branch's rectification under way, if any.</summary>
    public static Task<Rectification?> OpenRectificationAsync(PartyDbContext db, long branchId, CancellationToken cancellationToken) =>
        db.Rectifications.Where(r => r.BranchId == branchId && r.RectifiedYear == null)
            .OrderByDescending(r => r.ListedYear)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Gives the branch a new rating, moving it from its old rating's counts to the new one's.</summary>
    public static async Task MoveRatingAsync(ChangeSession session, Branch branch, BranchRating rating, int year, CancellationToken cancellationToken)
    {
        await session.Rollups.BranchAsync(branch, -1, cancellationToken);
        branch.Rating = rating;
        branch.RatedYear = year;
        branch.Version++;
        await session.Rollups.BranchAsync(branch, 1, cancellationToken);
    }
}

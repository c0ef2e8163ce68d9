using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Changes;

public sealed class BranchRatingTests(ChangeDatabase data) : IClassFixture<ChangeDatabase>
{
    private static readonly int Year = ChangeDatabase.Today.Year;

    [Fact]
    public async Task Rating_a_standard_branch_strongest_moves_it_between_the_rating_counts()
    {
        var branch = await StandardBranchAsync(skip: 0);

        var rated = await ChangeAssert.CommittedAsync(data,
            () => data.Ratings.RateAsync(new RateBranch(branch.Id, branch.Version, BranchRating.Strongest, Year), Subtree.Everything, default),
            ChangeKind.BranchRated, b => $"Branch:{b.Id}");

        Assert.Equal((BranchRating.Strongest, Year, branch.Version + 1), (rated.Rating, rated.RatedYear, rated.Version));
    }

    [Fact]
    public async Task Rating_a_branch_weak_directly_is_refused()
    {
        var branch = await StandardBranchAsync(skip: 1);

        await ChangeAssert.RefusedAsync(data, () => data.Ratings.RateAsync(new RateBranch(branch.Id, branch.Version, BranchRating.Weak, Year), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "rating");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task Rating_for_a_year_in_the_future_or_before_the_founding_is_refused(int side)
    {
        var branch = await StandardBranchAsync(skip: 1);
        var year = side > 0 ? Year + 1 : branch.FoundedOn.Year - 1;

        await ChangeAssert.RefusedAsync(data, () => data.Ratings.RateAsync(new RateBranch(branch.Id, branch.Version, BranchRating.Standard, year), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "year");
    }

    [Fact]
    public async Task Rating_a_branch_under_rectification_is_refused()
    {
        var branch = await WeakBranchAsync(skip: 1);

        await ChangeAssert.RefusedAsync(data, () => data.Ratings.RateAsync(new RateBranch(branch.Id, branch.Version, BranchRating.Standard, Year), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "branchId");
    }

    [Fact]
    public async Task Rating_with_a_stale_version_is_a_conflict()
    {
        var branch = await StandardBranchAsync(skip: 1);

        await ChangeAssert.RefusedAsync(data, () => data.Ratings.RateAsync(new RateBranch(branch.Id, branch.Version + 1, BranchRating.Strongest, Year), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Listing_a_branch_as_weak_rates_it_weak_and_opens_a_rectification()
    {
        var branch = await StandardBranchAsync(skip: 2);

        var listed = await ChangeAssert.CommittedAsync(data,
            () => data.Ratings.ListWeakAsync(new ListWeakBranch(branch.Id, branch.Version, Year), Subtree.Everything, default),
            ChangeKind.BranchListedWeak, b => $"Branch:{b.Id}");

        Assert.Equal((BranchRating.Weak, Year), (listed.Rating, listed.RatedYear));
        await using var db = data.Read();
        var open = await db.Rectifications.SingleAsync(r => r.BranchId == branch.Id && r.RectifiedYear == null);
        Assert.Equal((Year, branch.VillageCode), (open.ListedYear, open.VillageCode));
    }

    [Fact]
    public async Task Listing_a_branch_already_under_rectification_is_refused()
    {
        var branch = await WeakBranchAsync(skip: 2);

        await ChangeAssert.RefusedAsync(data, () => data.Ratings.ListWeakAsync(new ListWeakBranch(branch.Id, branch.Version, Year), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "branchId");
    }

    [Fact]
    public async Task Listing_for_a_future_year_is_refused()
    {
        var branch = await StandardBranchAsync(skip: 3);

        await ChangeAssert.RefusedAsync(data, () => data.Ratings.ListWeakAsync(new ListWeakBranch(branch.Id, branch.Version, Year + 1), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "year");
    }

    [Fact]
    public async Task Listing_with_a_stale_version_is_a_conflict()
    {
        var branch = await StandardBranchAsync(skip: 3);

        await ChangeAssert.RefusedAsync(data, () => data.Ratings.ListWeakAsync(new ListWeakBranch(branch.Id, branch.Version - 1, Year), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public async Task Completing_a_rectification_rates_the_branch_standard_and_counts_it_rectified()
    {
        var branch = await WeakBranchAsync(skip: 0);
        var listedYear = await ListedYearAsync(branch.Id);
        var rectifiedBefore = await RegionRectifiedAsync(listedYear);

        var rectified = await ChangeAssert.CommittedAsync(data,
            () => data.Ratings.CompleteRectificationAsync(new CompleteRectification(branch.Id, branch.Version, Year), Subtree.Everything, default),
            ChangeKind.RectificationCompleted, b => $"Branch:{b.Id}");

        Assert.Equal((BranchRating.Standard, Year), (rectified.Rating, rectified.RatedYear));
        Assert.Equal(rectifiedBefore + 1, await RegionRectifiedAsync(listedYear));
    }

    [Fact]
    public async Task A_listed_branch_is_rated_again_only_after_its_rectification()
    {
        var branch = await StandardBranchAsync(skip: 4);
        var listed = (await data.Ratings.ListWeakAsync(new ListWeakBranch(branch.Id, branch.Version, Year - 1), Subtree.Everything, default)).Value!;
        var refused = await data.Ratings.RateAsync(new RateBranch(branch.Id, listed.Version, BranchRating.Strongest, Year), Subtree.Everything, default);
        var rectified = (await data.Ratings.CompleteRectificationAsync(new CompleteRectification(branch.Id, listed.Version, Year), Subtree.Everything, default)).Value!;

        var rated = await ChangeAssert.CommittedAsync(data,
            () => data.Ratings.RateAsync(new RateBranch(branch.Id, rectified.Version, BranchRating.Strongest, Year), Subtree.Everything, default),
            ChangeKind.BranchRated, b => $"Branch:{b.Id}");

        Assert.False(refused.Succeeded);
        Assert.Equal(BranchRating.Strongest, rated.Rating);
    }

    [Fact]
    public async Task Completing_without_a_rectification_under_way_is_refused()
    {
        var branch = await StandardBranchAsync(skip: 5);

        await ChangeAssert.RefusedAsync(data,
            () => data.Ratings.CompleteRectificationAsync(new CompleteRectification(branch.Id, branch.Version, Year), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "branchId");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task Completing_in_a_future_year_or_before_the_listing_is_refused(int side)
    {
        var branch = await WeakBranchAsync(skip: 3);
        var year = side > 0 ? Year + 1 : await ListedYearAsync(branch.Id) - 1;

        await ChangeAssert.RefusedAsync(data,
            () => data.Ratings.CompleteRectificationAsync(new CompleteRectification(branch.Id, branch.Version, year), Subtree.Everything, default),
            ChangeErrorCode.Invalid, "year");
    }

    [Fact]
    public async Task Completing_with_a_stale_version_is_a_conflict()
    {
        var branch = await WeakBranchAsync(skip: 3);

        await ChangeAssert.RefusedAsync(data,
            () => data.Ratings.CompleteRectificationAsync(new CompleteRectification(branch.Id, branch.Version + 1, Year), Subtree.Everything, default),
            ChangeErrorCode.Conflict, "version");
    }

    [Fact]
    public Task Rating_a_missing_branch_is_refused() =>
        ChangeAssert.RefusedAsync(data, () => data.Ratings.RateAsync(new RateBranch(999_999_999, 0, BranchRating.Standard, Year), Subtree.Everything, default),
            ChangeErrorCode.NotFound, "branchId");

    private Task<Branch> StandardBranchAsync(int skip) =>
        data.FirstAsync(db => db.Branches
            .Where(b => b.Rating == BranchRating.Standard && b.FoundedOn.Year < 2000 && !b.Rectifications.Any(r => r.RectifiedYear == null))
            .OrderBy(b => b.Id).Skip(skip * 10));

    private Task<Branch> WeakBranchAsync(int skip) =>
        data.FirstAsync(db => db.Branches.Where(b => b.Rating == BranchRating.Weak && b.Rectifications.Any(r => r.RectifiedYear == null))
            .OrderBy(b => b.Id).Skip(skip));

    private Task<int> ListedYearAsync(long branchId) =>
        data.FirstAsync(db => db.Rectifications.Where(r => r.BranchId == branchId && r.RectifiedYear == null).Select(r => r.ListedYear));

    private async Task<int> RegionRectifiedAsync(int listedYear)
    {
        await using var db = data.Read();
        return await db.RectificationRollups.Where(r => r.Code == "150000" && r.ListedYear == listedYear).Select(r => r.Completed).SingleOrDefaultAsync();
    }
}

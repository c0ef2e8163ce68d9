using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Rectification history: exactly the article's 2,734 weak branches listed since 2018 and
/// rectified (scaled down at demo scale), an earlier round, and the branches weak today.
/// </summary>
internal sealed class RectificationGenerator(IReadOnlyList<GeneratedBranch> branches, int seed, DateOnly asOf)
{
    public IReadOnlyList<Rectification> Generate(int rectifiedSinceCountedYear)
    {
        var random = new SeededRandom(seed, "rectifications");
        var since = Calibration.RectificationCountedSince;
        var lastCompleted = asOf.Year - 1;
        var candidates = branches.Select(b => b.Branch.Rating == BranchRating.Weak || b.Branch.FoundedOn.Year > lastCompleted - 1 ? 0.0 : Proneness(b)).ToArray();
        var recent = Allocation.ChooseWeighted(random, rectifiedSinceCountedYear, candidates);
        var earlier = Allocation.ChooseWeighted(random, rectifiedSinceCountedYear / 3,
            [.. branches.Select((b, i) => b.Branch.FoundedOn.Year < since - 5 && b.Branch.Rating != BranchRating.Weak ? Proneness(b) : 0.0)]);

        var rows = new List<Rectification>();
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i].Branch;
            if (earlier[i])
            {
                var listed = random.Between(since - 5, since - 2);
                rows.Add(Row(rows.Count + 1, branch, listed, Math.Min(since - 1, listed + random.Between(1, 2))));
            }

            if (recent[i])
            {
                var listed = random.Between(Math.Max(since, branch.FoundedOn.Year), lastCompleted - 1);
                rows.Add(Row(rows.Count + 1, branch, listed, Math.Min(lastCompleted, listed + random.Between(1, 2))));
            }

            if (branch.Rating == BranchRating.Weak)
            {
                rows.Add(Row(rows.Count + 1, branch, branch.RatedYear, null));
            }
        }

        return rows;
    }

    private static Rectification Row(int id, Branch branch, int listed, int? rectified) =>
        new() { Id = id, BranchId = branch.Id, VillageCode = branch.VillageCode, ListedYear = listed, RectifiedYear = rectified };

    private static double Proneness(GeneratedBranch branch) => BranchGenerator.WeakProneness(branch.Branch.Sector);
}

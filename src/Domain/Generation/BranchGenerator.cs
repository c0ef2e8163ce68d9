using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>Turns the plan into branches with names, founding dates, ratings, rectifications and sizes.</summary>
internal sealed class BranchGenerator(IReadOnlyList<PlannedBranch> plan, int seed, DateOnly asOf)
{
    private static readonly Dictionary<BranchSector, double> MeanSize = new()
    {
        [BranchSector.Rural] = 32, [BranchSector.Community] = 40, [BranchSector.Government] = 18,
        [BranchSector.PublicInstitution] = 20, [BranchSector.StateEnterprise] = 22, [BranchSector.University] = 40,
        [BranchSector.NonPublicEnterprise] = 9, [BranchSector.SocialOrganization] = 7,
    };

    public const int MinimumSize = 3;

    public IReadOnlyList<GeneratedBranch> Generate()
    {
        var random = new SeededRandom(seed, "branches");
        var count = plan.Count;
        var scaleFactor = count / (double)Calibration.FullBranches;
        var weak = Allocation.ChooseWeighted(random, Round(count * Calibration.CurrentlyWeakShare), [.. plan.Select(p => WeakProneness(p.Sector))]);
        var strongest = Allocation.ChooseWeighted(random, Round(count * Calibration.StrongestShare),
            [.. plan.Select((p, i) => weak[i] ? 0 : StrongProneness(p.Sector))]);
        var totalMembers = Round(count * Calibration.MembersPerBranch);
        var sizes = Allocation.Apportion(totalMembers - ((long)MinimumSize * count),
            [.. plan.Select(p => Math.Max(0.5, (MeanSize[p.Sector] * Math.Exp(0.35 * random.NextGaussian())) - MinimumSize))]);

        var branches = new List<GeneratedBranch>(count);
        for (var i = 0; i < count; i++)
        {
            var p = plan[i];
            var founded = p.Sector is BranchSector.Rural or BranchSector.Community
                ? new DateOnly(random.Between(1950, 2015), random.Between(1, 12), random.Between(1, 28))
                : new DateOnly(random.Between(1980, 2022), random.Between(1, 12), random.Between(1, 28));
            var rating = weak[i] ? BranchRating.Weak : strongest[i] ? BranchRating.Strongest : BranchRating.Standard;
            branches.Add(new GeneratedBranch(p, new Branch
            {
                Id = i + 1,
                Name = BranchNames.For(random, p),
                Sector = p.Sector,
                VillageCode = p.Place.Village.Code,
                FoundedOn = founded,
                Rating = rating,
                RatedYear = rating == BranchRating.Weak && random.Chance(0.5) ? asOf.Year : asOf.Year - 1,
            }, MinimumSize + sizes[i]));
        }

        Rectifications = new RectificationGenerator(branches, seed, asOf).Generate(Round(Calibration.WeakRectifiedSince2018 * scaleFactor));
        return branches;
    }

    public IReadOnlyList<Rectification> Rectifications { get; private set; } = [];

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    internal static double WeakProneness(BranchSector sector) => sector switch
    {
        BranchSector.Rural or BranchSector.NonPublicEnterprise or BranchSector.SocialOrganization => 2.0,
        BranchSector.Community => 1.0,
        _ => 0.4,
    };

    private static double StrongProneness(BranchSector sector) => sector switch
    {
        BranchSector.Government => 1.4,
        BranchSector.StateEnterprise or BranchSector.University => 1.3,
        BranchSector.PublicInstitution => 1.2,
        BranchSector.Community => 1.1,
        BranchSector.Rural => 1.0,
        BranchSector.NonPublicEnterprise => 0.6,
        _ => 0.5,
    };
}

/// <summary>A generated branch, its plan and how many members it will have.</summary>
internal sealed record GeneratedBranch(PlannedBranch Plan, Branch Branch, int Size);

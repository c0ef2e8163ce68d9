using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>Where the branches are and what sector each works in; 74,000 at full scale.</summary>
internal sealed class BranchPlanner(IReadOnlyList<Place> places, int seed)
{
    private const int ExtraRuralBranches = 6_000;
    private const int ExtraCommunityBranches = 2_000;

    /// <summary>Shares of the branches outside villages' and communities' own organisations.</summary>
    private static readonly (BranchSector Sector, double Share)[] InstitutionalShares =
    [
        (BranchSector.Government, 0.22),
        (BranchSector.PublicInstitution, 0.27),
        (BranchSector.StateEnterprise, 0.14),
        (BranchSector.University, 0.025),
        (BranchSector.NonPublicEnterprise, 0.27),
        (BranchSector.SocialOrganization, 0.065),
    ];

    public IReadOnlyList<PlannedBranch> Plan(SeedScale scale)
    {
        var full = PlanFull();
        return scale == SeedScale.Full ? full : SampleDemo(full);
    }

    private List<PlannedBranch> PlanFull()
    {
        var random = new SeededRandom(seed, "branch-plan");
        var perVillage = places.Select(_ => new List<BranchSector>()).ToArray();
        foreach (var place in places)
        {
            perVillage[place.Index].Add(place.IsCommunity ? BranchSector.Community : BranchSector.Rural);
        }

        Spread(random, perVillage, BranchSector.Rural, ExtraRuralBranches, p => p.IsCommunity ? 0 : p.IsPastoral ? 0.8 : 1.2);
        Spread(random, perVillage, BranchSector.Community, ExtraCommunityBranches, p => p.IsCommunity ? 1 : 0);
        var institutional = Calibration.FullBranches - places.Count - ExtraRuralBranches - ExtraCommunityBranches;
        var bySector = Allocation.Apportion(institutional, [.. InstitutionalShares.Select(s => s.Share)]);
        for (var s = 0; s < InstitutionalShares.Length; s++)
        {
            var sector = InstitutionalShares[s].Sector;
            Spread(random, perVillage, sector, bySector[s], p => LocationWeight(sector, p));
        }

        return [.. places.SelectMany(p => perVillage[p.Index].Select((sector, ordinal) => new PlannedBranch(p, sector, ordinal)))];
    }

    private void Spread(SeededRandom random, List<BranchSector>[] perVillage, BranchSector sector, int count, Func<Place, double> weight)
    {
        var counts = Allocation.Apportion(count, [.. places.Select(p => weight(p) * (0.3 + (1.4 * random.NextDouble())))]);
        foreach (var place in places)
        {
            perVillage[place.Index].AddRange(Enumerable.Repeat(sector, counts[place.Index]));
        }
    }

    /// <summary>Institutions sit in towns and cities: communities first, township seats next.</summary>
    private static double LocationWeight(BranchSector sector, Place place)
    {
        var district = place.Banner.Kind == BannerKind.District;
        var townSeat = place.Township.Kind is TownshipKind.Town or TownshipKind.Subdistrict;
        var other = place.Village.Kind == VillageKind.Other;
        return sector switch
        {
            BranchSector.Government => place.IsCommunity ? (district ? 6 : 4) : other ? 1 : townSeat ? 1 : 0.25,
            BranchSector.PublicInstitution => place.IsCommunity ? 5 : townSeat ? 1 : 0.4,
            BranchSector.StateEnterprise => place.IsCommunity ? 4 : other ? 3 : 0.3,
            BranchSector.University => place.IsCommunity && district ? 1 : 0,
            BranchSector.NonPublicEnterprise => place.IsCommunity ? 5 : other ? 1 : 0.5,
            BranchSector.SocialOrganization => place.IsCommunity ? 5 : 0.2,
            _ => 0,
        };
    }

    /// <summary>About 5% of the branches, every banner represented, always the Chahar community's own branch.</summary>
    private List<PlannedBranch> SampleDemo(List<PlannedBranch> full)
    {
        var random = new SeededRandom(seed, "demo-sample");
        var total = (int)Math.Round(Calibration.FullBranches * Calibration.DemoFraction);
        var banners = full.GroupBy(b => b.Place.Banner.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var quotas = Allocation.Apportion(total - banners.Count, [.. banners.Select(b => (double)b.Count)]);
        var sample = new List<PlannedBranch>(total);
        for (var i = 0; i < banners.Count; i++)
        {
            var group = banners[i];
            var chosen = Allocation.ChooseUniform(random, Math.Min(group.Count, 1 + quotas[i]), group.Count);
            var chahar = group.FindIndex(b => b.Place.Village.Code == Calibration.ChaharCommunity && b.Ordinal == 0);
            if (chahar >= 0 && !chosen[chahar])
            {
                chosen[Array.IndexOf(chosen, true)] = false;
                chosen[chahar] = true;
            }

            sample.AddRange(group.Where((_, k) => chosen[k]));
        }

        return [.. sample.OrderBy(b => b.Place.Index).ThenBy(b => b.Ordinal)];
    }
}

/// <summary>A branch to generate: its village, its sector and its place among the village's branches.</summary>
internal sealed record PlannedBranch(Place Place, BranchSector Sector, int Ordinal);

using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// The two organs the article names, given their place in the tree as government-sector branches: the Hanggin Banner
/// procuratorate and the Wuhai veteran-cadre bureau. Each takes over a generated branch of its banner (a government
/// one in a community where there is one), so the counts of branches and members stay as calibrated.
/// </summary>
internal sealed record Organs(GeneratedBranch Procuratorate, GeneratedBranch VeteranCadreBureau)
{
    /// <summary>Hainan District would do as well; Haibowan is the seat of Wuhai's government.</summary>
    private const string WuhaiSeat = "150302";

    public bool Contains(GeneratedBranch branch) => ReferenceEquals(branch, Procuratorate) || ReferenceEquals(branch, VeteranCadreBureau);

    public static Organs Designate(IReadOnlyList<GeneratedBranch> branches) =>
        new(Take(branches, Calibration.HangginBanner, Calibration.HangginProcuratorate),
            Take(branches, WuhaiSeat, Calibration.WuhaiVeteranCadreBureau));

    private static GeneratedBranch Take(IReadOnlyList<GeneratedBranch> branches, string banner, string name)
    {
        var inBanner = branches.Where(b => b.Plan.Place.Banner.Code == banner).ToList();
        var chosen = inBanner.FirstOrDefault(b => b.Branch.Sector == BranchSector.Government && b.Plan.Place.IsCommunity)
            ?? inBanner.FirstOrDefault(b => b.Branch.Sector == BranchSector.Government)
            ?? inBanner.FirstOrDefault(b => b.Branch.Sector is not (BranchSector.Rural or BranchSector.Community))
            ?? throw new InvalidOperationException($"Banner {banner} has no institutional branch to become {name}.");
        chosen.Branch.Name = name;
        chosen.Branch.Sector = BranchSector.Government;
        return chosen;
    }
}

using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// The conditional distributions members are drawn from, raked so that the whole population
/// reproduces <see cref="NationalShares"/> for this run's actual mix of sectors and places.
/// </summary>
internal sealed class MemberProfiles
{
    private readonly Dictionary<(string League, bool Pastoral), double[]> _ethnicity;

    public MemberProfiles(IReadOnlyList<GeneratedBranch> branches)
    {
        var total = (double)branches.Sum(b => b.Size);
        var sectors = Enum.GetValues<BranchSector>();
        var bySector = sectors.Select(s => (double)branches.Where(b => b.Branch.Sector == s).Sum(b => b.Size)).ToArray();
        var byOccupation = NationalShares.Occupations.Select(s => s / 100 * total).ToArray();
        var byAge = NationalShares.Ages.Select(s => s / 100 * total).ToArray();

        OccupationBySector = Raking.Fit(bySector, MemberAffinities.OccupationBySector, NationalShares.Occupations);
        AgeByOccupation = Raking.Fit(byOccupation, MemberAffinities.AgeByOccupation, NationalShares.Ages);
        EducationByOccupation = Raking.Fit(byOccupation, MemberAffinities.EducationByOccupation, NationalShares.Educations);
        JoinPeriodByAge = Raking.Fit(byAge, MemberAffinities.JoinPeriodByAge, NationalShares.JoinPeriods);
        GenderBySector = Raking.Fit(bySector,
            [.. MemberAffinities.WomenBySector.Select(w => new[] { 1 - w, w })], [100 - NationalShares.Women, NationalShares.Women]);

        // Ethnicity: by league, with Mongols more numerous in pastoral places.
        var groups = branches.GroupBy(b => (b.Plan.Place.League.Code, Pastoral: b.Plan.Place.IsPastoral && b.Branch.Sector == BranchSector.Rural))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Pastoral).ToList();
        var fitted = Raking.Fit([.. groups.Select(g => (double)g.Sum(b => b.Size))],
            [.. groups.Select(g => EthnicitySeed(g.Key.Code, g.Key.Pastoral))], NationalShares.Ethnicities);
        _ethnicity = groups.Select((g, i) => (g.Key, fitted[i])).ToDictionary(p => (p.Key.Code, p.Key.Pastoral), p => p.Item2);
    }

    public double[][] OccupationBySector { get; }
    public double[][] AgeByOccupation { get; }
    public double[][] EducationByOccupation { get; }
    public double[][] JoinPeriodByAge { get; }
    public double[][] GenderBySector { get; }

    public double[] EthnicityAt(string leagueCode, bool pastoralRural) => _ethnicity[(leagueCode, pastoralRural)];

    private static double[] EthnicitySeed(string leagueCode, bool pastoral)
    {
        var (mongol, other) = MemberAffinities.EthnicityByLeague[leagueCode];
        if (pastoral)
        {
            mongol = Math.Min(0.9, mongol * 1.6);
        }

        var split = leagueCode == "150700" ? MemberAffinities.OtherMinoritiesHulunbuir : MemberAffinities.OtherMinorities;
        return [1 - mongol - other, mongol, .. split.Select(s => s * other)];
    }
}

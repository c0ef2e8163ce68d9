namespace PartyOrg.Domain.Generation;

/// <summary>
/// Plausible relative frequencies before raking: which occupations each sector has, which ages
/// and schooling each occupation has, when each age group joined. Raking then makes the totals
/// equal the published shares while keeping these local differences.
/// </summary>
internal static class MemberAffinities
{
    /// <summary>Rows by <see cref="Entities.BranchSector"/>; columns by occupation.</summary>
    public static readonly double[][] OccupationBySector =
    [
        [3, 70, 2, 2, 3, 0.3, 12, 8],
        [10, 2, 5, 5, 5, 0.5, 55, 18],
        [0.5, 0.5, 7, 8, 80, 0, 5, 1],
        [5, 0.5, 65, 10, 8, 0, 12, 2],
        [40, 0.5, 25, 20, 2, 0, 15, 2],
        [1, 0, 45, 5, 2, 45, 5, 1],
        [35, 2, 20, 30, 0.5, 0, 2, 15],
        [10, 2, 30, 25, 1, 0, 2, 35],
    ];

    /// <summary>Rows by occupation; columns by <see cref="NationalShares.AgeGroups"/>.</summary>
    public static readonly double[][] AgeByOccupation =
    [
        [1, 1, 1, 1, 1, 1, 0.8, 0.05, 0.01, 0, 0, 0],
        [0.6, 0.8, 1, 1.1, 1.3, 1.5, 1.6, 1.6, 1.2, 0.3, 0.05, 0],
        [1.2, 1.2, 1.2, 1.1, 1, 1, 0.7, 0.05, 0, 0, 0, 0],
        [0.5, 0.9, 1.1, 1.2, 1.2, 1.1, 0.9, 0.1, 0, 0, 0, 0],
        [1, 1.1, 1.1, 1.1, 1.1, 1.1, 0.9, 0.03, 0, 0, 0, 0],
        [10, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0.1, 0.6, 1.5, 2, 1.2, 0.5, 0.05],
        [1, 1, 1, 1, 1, 1, 1, 0.8, 0.6, 0.3, 0.1, 0.01],
    ];

    /// <summary>Rows by occupation; columns by <see cref="Entities.Education"/>.</summary>
    public static readonly double[][] EducationByOccupation =
    [
        [0.5, 2, 3, 2, 1, 0.05],
        [3, 4, 2, 0.5, 0.2, 0],
        [0, 0.1, 0.4, 2, 4, 1.2],
        [0, 0.2, 0.6, 2, 3, 0.8],
        [0, 0.05, 0.3, 2, 4, 1],
        [0, 0, 0.2, 3, 5, 1.5],
        [1.5, 2, 2, 1.5, 1, 0.1],
        [1, 2, 2, 1.5, 1, 0.1],
    ];

    /// <summary>Rows by age group; columns by join period. Zeros where a member that age could not have joined then.</summary>
    public static readonly double[][] JoinPeriodByAge =
    [
        [0, 0, 0, 1], [0, 0, 0.15, 1], [0, 0, 1, 1], [0, 0, 2, 0.8], [0, 0, 3, 0.6], [0, 0, 4, 0.4],
        [0, 0, 5, 0.3], [0, 0, 6, 0.2], [0, 0.6, 5, 0.1], [0, 4, 1.5, 0.05], [0.02, 6, 0.5, 0.02], [5, 5, 0.1, 0],
    ];

    /// <summary>Female share by sector.</summary>
    public static readonly double[] WomenBySector = [0.2, 0.5, 0.3, 0.45, 0.25, 0.45, 0.3, 0.45];

    /// <summary>Mongol and other-minority shares of each league's population (census-like), by league code.</summary>
    public static readonly Dictionary<string, (double Mongol, double Other)> EthnicityByLeague = new(StringComparer.Ordinal)
    {
        ["150100"] = (0.11, 0.05), ["150200"] = (0.04, 0.03), ["150300"] = (0.03, 0.02), ["150400"] = (0.17, 0.06),
        ["150500"] = (0.46, 0.04), ["150600"] = (0.12, 0.01), ["150700"] = (0.09, 0.12), ["150800"] = (0.05, 0.01),
        ["150900"] = (0.025, 0.01), ["152200"] = (0.42, 0.05), ["152500"] = (0.31, 0.02), ["152900"] = (0.27, 0.02),
    };

    /// <summary>How the other minorities split: Manchu, Hui, Daur, Ewenki, Oroqen, Korean, other; Hulunbuir differs.</summary>
    public static readonly double[] OtherMinorities = [0.5, 0.25, 0.05, 0.02, 0.005, 0.03, 0.145];

    public static readonly double[] OtherMinoritiesHulunbuir = [0.3, 0.05, 0.3, 0.15, 0.04, 0.06, 0.1];
}

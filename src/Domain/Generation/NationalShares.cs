using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Member attribute shares, in percent: the national Party statistics bulletin (end of 2024) and,
/// for ethnicity, Inner Mongolia's 2020 census shares. Where the bulletin gives only a total
/// (college-educated 57.63%), the split into levels is ours and keeps that total.
/// </summary>
internal static class NationalShares
{
    public const double Women = 30.91;

    /// <summary>Indexed by <see cref="Occupation"/>.</summary>
    public static readonly double[] Occupations = [6.62, 26.07, 16.35, 11.53, 7.57, 2.61, 21.41, 7.83];

    /// <summary>Indexed by <see cref="Education"/>; associate and above sum to 57.63.</summary>
    public static readonly double[] Educations = [6.50, 16.50, 19.37, 24.00, 29.50, 4.13];

    /// <summary>Indexed by <see cref="Ethnicity"/>: Han 78.74, Mongol 17.66, other minorities 3.60 in all.</summary>
    public static readonly double[] Ethnicities = [78.74, 17.66, 1.85, 0.75, 0.33, 0.12, 0.015, 0.07, 0.465];

    /// <summary>Age groups, the bulletin's bands with 61+ split further (see <see cref="AgeGroups"/>).</summary>
    public static readonly double[] Ages = [12.24, 10.73, 11.44, 9.66, 9.02, 9.39, 8.62,
        28.89 * 0.30, 28.89 * 0.42, 28.89 * 0.20, 28.89 * 0.075, 28.89 * 0.005];

    /// <summary>Inclusive age ranges of <see cref="Ages"/>.</summary>
    public static readonly (int From, int To)[] AgeGroups =
        [(18, 30), (31, 35), (36, 40), (41, 45), (46, 50), (51, 55), (56, 60), (61, 65), (66, 75), (76, 85), (86, 94), (95, 99)];

    /// <summary>Joined before 1949, 1949–1978, 1978–2012, since 2012.</summary>
    public static readonly double[] JoinPeriods = [0.05, 12.28, 59.64, 28.03];

    /// <summary>First and last day of each join period (the last one ends at the as-of date).</summary>
    public static readonly (DateOnly From, DateOnly To)[] JoinPeriodDates =
    [
        (new DateOnly(1921, 7, 1), new DateOnly(1949, 9, 30)),
        (new DateOnly(1949, 10, 1), new DateOnly(1978, 12, 17)),
        (new DateOnly(1978, 12, 18), new DateOnly(2012, 11, 7)),
        (new DateOnly(2012, 11, 8), DateOnly.MaxValue),
    ];
}

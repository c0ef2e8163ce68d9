using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Domain.Tests.Statistics.Disclosure;

/// <summary>What an attacker does with published values: the best threshold rule on a signal, judged on both truths equally.</summary>
public static class Attacker
{
    public const string Secret = "the attack suite's fixed secret";
    public const double Epsilon = 1.0;

    /// <summary>The bound for one published breakdown: a person's attribute moves two of its counts, so 2ε.</summary>
    public static double BreakdownBound(int breakdowns = 1) => TwoSidedGeometric.GuessBound(2 * Epsilon * breakdowns);

    /// <summary>Sampling allowance on a measured rate over this many observations per truth (four standard errors).</summary>
    public static double Allowance(int perTruth) => 4 * Math.Sqrt(0.25 / perTruth);

    /// <summary>A branch of <paramref name="members"/>: one Manchu or none, the rest Han and Mongol.</summary>
    public static BranchRollup Branch(int members, bool manchu)
    {
        var row = new BranchRollup { Members = members, Manchu = manchu ? 1 : 0, Mongol = members / 3 };
        row.Han = members - row.Mongol - row.Manchu;
        row.Men = members / 2;
        row.Women = members - row.Men;
        row.Full = members;
        row.Bachelor = members;
        row.Workers = members;
        row.Aged41To45 = members;
        return row;
    }

    public static ReleasedBranchRollup Release(MemberRollup live, string node, int release) =>
        new ReleaseNoise(NoiseKey.Derive(Secret, release), Epsilon).Apply(live, node, new ReleasedBranchRollup());
}

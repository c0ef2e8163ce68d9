using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Domain.Tests.Statistics.Disclosure;

/// <summary>What an attacker does with published values: the best threshold rule on a signal, judged on both truths equally.</summary>
public static class Attacker
{
    public const string Secret = "the attack suite's fixed secret";
    public const double Epsilon = 1.0;

    /// <summary>
    /// The highest balanced rate at which "the cell is 1" can be told from "the cell is 0" by a rule "signal ≥ t",
    /// over every t (chosen in hindsight, which favours the attacker) and both directions of the rule.
    /// </summary>
    public static double BestGuessRate(IReadOnlyList<(bool Truth, int Signal)> observations)
    {
        var ones = observations.Where(o => o.Truth).Select(o => o.Signal).ToList();
        var zeros = observations.Where(o => !o.Truth).Select(o => o.Signal).ToList();
        var best = 0.5;
        foreach (var t in observations.Select(o => o.Signal).Distinct())
        {
            var rate = (ones.Count(s => s >= t) / (double)ones.Count + zeros.Count(s => s < t) / (double)zeros.Count) / 2;
            best = Math.Max(best, Math.Max(rate, 1 - rate));
        }

        return best;
    }

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

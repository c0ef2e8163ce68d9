using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;
using Xunit.Abstractions;

namespace PartyOrg.Domain.Tests.Statistics.Disclosure;

/// <summary>
/// The attacks of docs/PRIVACY.md run against the release mechanism itself, over thousands of synthetic
/// branches (the demo data has too few small cells to measure a rate closely); fixed secret, so the numbers are the same every run.
/// </summary>
public sealed class AttackSimulationTests(ITestOutputHelper output)
{
    private const int Trials = 4000;

    [Fact]
    public void A_single_member_of_an_ethnicity_is_not_revealed_by_the_published_count_beyond_the_bound()
    {
        var observations = Enumerable.Range(0, 2 * Trials)
            .Select(i => (Truth: i % 2 == 0, Signal: Attacker.Release(Attacker.Branch(20 + (i % 30), i % 2 == 0), ReleaseNoise.BranchNode(i), 1).Manchu))
            .ToList();

        var rate = GuessRate.Best(observations);

        output.WriteLine($"small cells: best guess rate {rate:F3}; one count's bound {TwoSidedGeometric.GuessBound(Attacker.Epsilon):F3}, the breakdown's {Attacker.BreakdownBound():F3}");
        Assert.True(rate <= Attacker.BreakdownBound() + Attacker.Allowance(Trials), $"{rate}");
        Assert.True(rate <= TwoSidedGeometric.GuessBound(Attacker.Epsilon) + Attacker.Allowance(Trials), $"{rate}");
    }

    [Fact]
    public void A_new_members_attribute_is_not_revealed_by_the_difference_across_a_release_beyond_the_bound()
    {
        var observations = Enumerable.Range(0, 2 * Trials).Select(i =>
        {
            var node = ReleaseNoise.BranchNode(i);
            var before = Attacker.Branch(10 + (i % 20), manchu: false);
            var after = Attacker.Branch(before.Members + 1, manchu: i % 2 == 0);
            return (Truth: i % 2 == 0, Signal: Attacker.Release(after, node, 2).Manchu - Attacker.Release(before, node, 1).Manchu);
        }).ToList();

        var rate = GuessRate.Best(observations);

        output.WriteLine($"differencing in time: best guess rate {rate:F3}; bound {Attacker.BreakdownBound():F3}");
        Assert.True(rate <= Attacker.BreakdownBound() + Attacker.Allowance(Trials), $"{rate}");
    }

    [Fact]
    public void A_village_minus_its_other_branches_does_not_reveal_a_cell_beyond_the_bound()
    {
        var alone = new List<(bool, int)>();
        var combined = new List<(bool, int)>();
        for (var i = 0; i < 2 * Trials; i++)
        {
            var truth = i % 2 == 0;
            var branches = Enumerable.Range(0, 5).Select(b => Attacker.Branch(15 + b, manchu: b == 0 && truth)).ToList();
            var village = Sum(branches);
            var published = branches.Select((b, j) => Attacker.Release(b, ReleaseNoise.BranchNode((i * 10) + j), 1).Manchu).ToList();
            var difference = Attacker.Release(village, ReleaseNoise.DivisionNode($"v{i}"), 1).Manchu - published.Skip(1).Sum();
            alone.Add((truth, difference));
            combined.Add((truth, difference + published[0]));
        }

        var rateAlone = GuessRate.Best(alone);
        var rateCombined = GuessRate.Best(combined);

        output.WriteLine($"differencing in space: village minus the other branches {rateAlone:F3} (bound {Attacker.BreakdownBound():F3}); with the branch's own value {rateCombined:F3} (bound {Attacker.BreakdownBound(2):F3})");
        Assert.True(rateAlone <= Attacker.BreakdownBound() + Attacker.Allowance(Trials), $"{rateAlone}");
        Assert.True(rateCombined <= Attacker.BreakdownBound(2) + Attacker.Allowance(Trials), $"{rateCombined}");
    }

    [Fact]
    public void Every_partition_of_a_release_sums_to_the_member_count_and_no_count_is_negative()
    {
        for (var i = 0; i < 500; i++)
        {
            var released = Attacker.Release(Attacker.Branch(i % 40, i % 2 == 0), ReleaseNoise.BranchNode(i), 1);

            Assert.All(ProtectedFigures.Partitions, p => Assert.Equal(released.Members, p.Buckets.Sum(b => b.Read(released))));
            Assert.All(ProtectedFigures.Partitions.SelectMany(p => p.Buckets), b => Assert.True(b.Read(released) >= 0));
        }
    }

    private static BranchRollup Sum(IReadOnlyList<BranchRollup> branches)
    {
        var total = new BranchRollup { Members = branches.Sum(b => b.Members) };
        foreach (var bucket in ProtectedFigures.Partitions.SelectMany(p => p.Buckets).Where(b => b.Write is not null))
        {
            bucket.Write!(total, branches.Sum(bucket.Read));
        }

        return total;
    }
}

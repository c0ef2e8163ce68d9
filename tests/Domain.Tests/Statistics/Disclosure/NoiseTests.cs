using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Domain.Tests.Statistics.Disclosure;

/// <summary>The geometric noise: deterministic for a release, fresh for the next, distributed as the mechanism says.</summary>
public sealed class NoiseTests
{
    private const string Secret = "a test secret of the noise key";

    [Fact]
    public void The_same_release_node_and_figure_give_the_same_noise_every_time()
    {
        var first = Enumerable.Range(0, 1000).Select(_ => NoiseKey.Derive(Secret, 7).Noise("branch:42", "ethnicity.manchu", 1.0)).Distinct().ToList();

        Assert.Single(first);
    }

    [Fact]
    public void Another_release_draws_other_noise()
    {
        var figures = Enumerable.Range(0, 200).Select(i => $"figure{i}").ToList();

        var one = figures.Select(f => NoiseKey.Derive(Secret, 1).Noise("division:150000", f, 1.0)).ToList();
        var two = figures.Select(f => NoiseKey.Derive(Secret, 2).Noise("division:150000", f, 1.0)).ToList();

        Assert.True(one.Zip(two).Count(p => p.First != p.Second) > 100);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void The_noise_has_the_geometric_distribution(double epsilon)
    {
        var key = NoiseKey.Derive(Secret, 1);
        var draws = Enumerable.Range(0, 40_000).Select(i => key.Noise($"node{i}", "figure", epsilon)).ToList();
        var alpha = Math.Exp(-epsilon);

        var zero = draws.Count(d => d == 0) / (double)draws.Count;
        var mean = draws.Average();
        var deviation = Math.Sqrt(draws.Average(d => (double)d * d));

        Assert.InRange(zero, (1 - alpha) / (1 + alpha) - 0.015, (1 - alpha) / (1 + alpha) + 0.015);
        Assert.InRange(mean, -0.1, 0.1);
        Assert.InRange(deviation / TwoSidedGeometric.StandardDeviation(epsilon), 0.95, 1.05);
    }

    [Fact]
    public void Fitted_counts_are_whole_non_negative_and_sum_to_the_total()
    {
        var key = NoiseKey.Derive(Secret, 3);
        for (var total = 0; total < 300; total++)
        {
            int[] noisy = [.. Enumerable.Range(0, 9).Select(i => (total * i / 36) + key.Noise($"n{total}", $"b{i}", 0.5))];

            var fitted = ConsistentCounts.Fit(noisy, total);

            Assert.Equal(total, fitted.Sum());
            Assert.All(fitted, count => Assert.True(count >= 0));
        }
    }

    [Fact]
    public void Counts_are_moved_together_to_the_total_and_none_goes_below_zero()
    {
        Assert.Equal([0, 2, 3], ConsistentCounts.Fit([-3, -1, 0], 5));
        Assert.Equal([28, 0, 2], ConsistentCounts.Fit([30, -2, 4], 30));
    }

    [Fact]
    public void Counts_that_already_fit_are_kept()
    {
        Assert.Equal([17, 17, 1], ConsistentCounts.Fit([17, 17, 1], 35));
    }
}

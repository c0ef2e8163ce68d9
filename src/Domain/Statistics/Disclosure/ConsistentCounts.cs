namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>
/// Post-processing of a partition's noisy counts, which costs no privacy: the closest non-negative counts (least
/// squares) that sum to the published total, then whole numbers by largest remainder (ties to the earlier bucket).
/// Least squares moves every bucket by the same amount, so the noise of the small buckets is not piled on the
/// largest one, as scaling in proportion would.
/// </summary>
public static class ConsistentCounts
{
    public static int[] Fit(IReadOnlyList<int> noisy, int total)
    {
        if (total <= 0)
        {
            return new int[noisy.Count];
        }

        var level = Level(noisy, total);
        var exact = noisy.Select(n => Math.Max(0, n - level)).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var missing = total - counts.Sum();
        foreach (var index in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(missing))
        {
            counts[index]++;
        }

        return counts;
    }

    /// <summary>The λ with Σ max(0, nᵢ − λ) = total, by bisection: the sum falls as λ rises.</summary>
    private static double Level(IReadOnlyList<int> noisy, int total)
    {
        var low = noisy.Min() - ((double)total / noisy.Count) - 1;
        var high = (double)noisy.Max();
        for (var i = 0; i < 100; i++)
        {
            var middle = (low + high) / 2;
            (noisy.Sum(n => Math.Max(0, n - middle)) > total ? ref low : ref high) = middle;
        }

        return (low + high) / 2;
    }
}

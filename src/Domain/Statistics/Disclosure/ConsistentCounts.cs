namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>
/// Post-processing of a partition's noisy counts, which costs no privacy: negative counts become 0 and
/// the counts are scaled to the published total, rounded so that they are whole and sum to it exactly
/// (largest remainder; ties go to the earlier bucket).
/// </summary>
public static class ConsistentCounts
{
    public static int[] Fit(IReadOnlyList<int> noisy, int total)
    {
        var weights = noisy.Select(n => (double)Math.Max(0, n)).ToArray();
        var sum = weights.Sum();
        if (sum == 0)
        {
            // Nothing to scale: an even split is independent of the data.
            Array.Fill(weights, 1);
            sum = weights.Length;
        }

        var exact = weights.Select(w => w * total / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var missing = total - counts.Sum();
        foreach (var index in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(missing))
        {
            counts[index]++;
        }

        return counts;
    }
}

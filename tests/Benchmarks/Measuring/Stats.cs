namespace PartyOrg.Benchmarks.Measuring;

/// <summary>Order statistics by nearest rank: the p-quantile is the smallest value with at least p of the sample at or below it.</summary>
public static class Stats
{
    public static double Median(IEnumerable<double> values) => Percentile(values, 0.50);

    public static double P95(IEnumerable<double> values) => Percentile(values, 0.95);

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

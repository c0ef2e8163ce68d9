namespace PartyOrg.Domain.Generation;

/// <summary>Exact-count allocation: how calibrated totals are hit exactly rather than in expectation.</summary>
internal static class Allocation
{
    /// <summary>Splits <paramref name="total"/> into integers proportional to <paramref name="weights"/> (largest remainder).</summary>
    public static int[] Apportion(long total, IReadOnlyList<double> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var sum = weights.Sum();
        if (sum <= 0)
        {
            throw new ArgumentException("Apportioning needs a positive weight sum.", nameof(weights));
        }

        var shares = new int[weights.Count];
        var remainders = new (double Fraction, int Index)[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            shares[i] = (int)Math.Floor(exact);
            given += shares[i];
            remainders[i] = (exact - shares[i], i);
        }

        Array.Sort(remainders, (a, b) => b.Fraction != a.Fraction ? b.Fraction.CompareTo(a.Fraction) : a.Index.CompareTo(b.Index));
        for (var k = 0; given < total; k++, given++)
        {
            shares[remainders[k % remainders.Length].Index]++;
        }

        return shares;
    }

    /// <summary>Exactly <paramref name="count"/> distinct indices, each drawn with probability rising with its weight.</summary>
    public static bool[] ChooseWeighted(SeededRandom random, int count, IReadOnlyList<double> weights)
    {
        if (count > weights.Count(w => w > 0))
        {
            throw new InvalidOperationException($"Cannot choose {count} of {weights.Count(w => w > 0)} candidates.");
        }

        // Efraimidis–Spirakis: the largest keys u^(1/w) form a weighted sample without replacement.
        var keys = new (double Key, int Index)[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            keys[i] = (weights[i] > 0 ? Math.Log(1.0 - random.NextDouble()) / weights[i] : double.NegativeInfinity, i);
        }

        Array.Sort(keys, (a, b) => b.Key != a.Key ? b.Key.CompareTo(a.Key) : a.Index.CompareTo(b.Index));
        var chosen = new bool[weights.Count];
        for (var k = 0; k < count; k++)
        {
            chosen[keys[k].Index] = true;
        }

        return chosen;
    }

    /// <summary>Exactly <paramref name="count"/> of <paramref name="n"/> indices, uniformly.</summary>
    public static bool[] ChooseUniform(SeededRandom random, int count, int n) =>
        ChooseWeighted(random, count, Enumerable.Repeat(1.0, n).ToArray());
}

namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>
/// How well published values betray a 0/1 fact, the measure the bounds of docs/PRIVACY.md are stated in: the best
/// balanced rate of a rule "signal ≥ t" (or its opposite) over every t, chosen in hindsight, which favours the
/// attacker. 0.5 is a coin toss; ε-differential privacy caps it at e^ε / (1 + e^ε).
/// </summary>
public static class GuessRate
{
    public static double Best(IReadOnlyList<(bool Truth, int Signal)> observations)
    {
        var ones = observations.Where(o => o.Truth).Select(o => o.Signal).ToList();
        var zeros = observations.Where(o => !o.Truth).Select(o => o.Signal).ToList();
        if (ones.Count == 0 || zeros.Count == 0)
        {
            throw new ArgumentException("Both truths must be observed to measure a rate.", nameof(observations));
        }

        var best = 0.5;
        foreach (var t in observations.Select(o => o.Signal).Distinct())
        {
            var rate = ((ones.Count(s => s >= t) / (double)ones.Count) + (zeros.Count(s => s < t) / (double)zeros.Count)) / 2;
            best = Math.Max(best, Math.Max(rate, 1 - rate));
        }

        return best;
    }
}

namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>
/// The geometric (discrete Laplace) mechanism: integer noise Z with P(Z = k) = (1 − α)/(1 + α) · α^|k|,
/// α = e^−ε, which makes one count ε-differentially private against adding or removing one person.
/// Drawn as the difference of two geometric variables so that it needs only two uniforms and no table.
/// </summary>
public static class TwoSidedGeometric
{
    /// <summary>The noise for the uniforms <paramref name="u1"/> and <paramref name="u2"/>, each in (0, 1].</summary>
    public static int Sample(double epsilon, double u1, double u2) => Geometric(epsilon, u1) - Geometric(epsilon, u2);

    /// <summary>The best rate at which anyone can tell a count of 0 from a count of 1 from one published value: e^ε / (1 + e^ε).</summary>
    public static double GuessBound(double epsilon) => Math.Exp(epsilon) / (1 + Math.Exp(epsilon));

    /// <summary>The standard deviation of the noise: √(2α) / (1 − α).</summary>
    public static double StandardDeviation(double epsilon)
    {
        var alpha = Math.Exp(-epsilon);
        return Math.Sqrt(2 * alpha) / (1 - alpha);
    }

    /// <summary>P(G ≥ k) = α^k: G = ⌊ln u / ln α⌋ = ⌊−ln u / ε⌋.</summary>
    private static int Geometric(double epsilon, double u)
    {
        var value = Math.Floor(-Math.Log(u) / epsilon);
        return value >= int.MaxValue / 2 ? int.MaxValue / 2 : (int)value;
    }
}

using PartyOrg.Domain.Data;

namespace PartyOrg.Domain.Generation;

/// <summary>How much organisation data to generate under the real divisions.</summary>
public enum SeedScale
{
    /// <summary>About 5% of the full branches and members, spread over every banner.</summary>
    Demo,

    /// <summary>74,000 branches and about 1.6 million members, calibrated to the article.</summary>
    Full,
}

public static class SeedScales
{
    public static SeedScale Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "demo" => SeedScale.Demo,
        "full" => SeedScale.Full,
        _ => throw new ConfigurationException($"Unknown seed scale '{value}'. Use 'demo' or 'full'."),
    };

    public static string Name(this SeedScale scale) => scale == SeedScale.Full ? "full" : "demo";
}

using System.Text.Json;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>
/// The demo-scale divisions the statistics are checked on: the region, every league, the first 50
/// banners by code and the first 50 villages of Jining (150902), whose small counts give shares
/// of every shape, including 0 of 0.
/// </summary>
public static class DemoDivisions
{
    public static string Query(string stats) =>
        $$"""
        { region { code stats { {{stats}} } }
          leagues(first: 12) { nodes { code stats { {{stats}} } } }
          banners(first: 50) { nodes { code stats { {{stats}} } } }
          villages(first: 50, within: "150902") { nodes { code stats { {{stats}} } } } }
        """;

    /// <summary>Each division's code and stats object from an answer to <see cref="Query"/>.</summary>
    public static IReadOnlyList<(string Code, JsonElement Stats)> Stats(JsonElement data)
    {
        var divisions = new List<JsonElement> { data.GetProperty("region") };
        divisions.AddRange(data.GetProperty("leagues").Nodes());
        divisions.AddRange(data.GetProperty("banners").Nodes());
        divisions.AddRange(data.GetProperty("villages").Nodes());
        Assert.Equal(1 + 12 + 50 + 50, divisions.Count);
        return [.. divisions.Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("stats")))];
    }
}

using System.Text.Json;

namespace PartyOrg.Benchmarks.Statistics;

/// <summary>The figures the dashboard shows for one division.</summary>
public sealed record DashboardFigures(
    int Members, double StrongestBranchShare, double WomenShare, double ServiceCenterCoverage, double OneShoulderShare, IReadOnlyList<int> AgeBands)
{
    public bool SameAs(DashboardFigures other) =>
        Members == other.Members && StrongestBranchShare.Equals(other.StrongestBranchShare) && WomenShare.Equals(other.WomenShare)
        && ServiceCenterCoverage.Equals(other.ServiceCenterCoverage) && OneShoulderShare.Equals(other.OneShoulderShare)
        && AgeBands.SequenceEqual(other.AgeBands);

    public override string ToString() =>
        $"members {Members}, strongest {StrongestBranchShare}, women {WomenShare}, centres {ServiceCenterCoverage}, one-shoulder {OneShoulderShare}, ages [{string.Join(' ', AgeBands)}]";
}

/// <summary>
/// The "Statistics on every node" dashboard: the region, every league and the first 50 banners, each
/// with five headline figures and the members by age band.
/// </summary>
public static class DashboardQuery
{
    public const int BannerPage = 50;

    private const string Stats = """
        stats {
          memberCount strongestBranchShare womenShare serviceCenterCoverage oneShoulderShare
          membersBy(dimension: AGE_BAND) { key count }
        }
        """;

    public static string GraphQL { get; } = $$"""
        {
          region { code {{Stats}} }
          leagues(first: 50) { nodes { code {{Stats}} } }
          banners(first: {{BannerPage}}) { nodes { code {{Stats}} } }
        }
        """;

    public static IReadOnlyList<string> BannerCodes(JsonElement data) =>
        [.. data.GetProperty("banners").GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("code").GetString()!)];

    /// <summary>The figures by division code, in response order: region, leagues, banners.</summary>
    public static IReadOnlyDictionary<string, DashboardFigures> FiguresOf(JsonElement data)
    {
        var figures = new Dictionary<string, DashboardFigures>();
        Add(data.GetProperty("region"));
        foreach (var league in data.GetProperty("leagues").GetProperty("nodes").EnumerateArray())
        {
            Add(league);
        }

        foreach (var banner in data.GetProperty("banners").GetProperty("nodes").EnumerateArray())
        {
            Add(banner);
        }

        return figures;

        void Add(JsonElement division)
        {
            var stats = division.GetProperty("stats");
            figures[division.GetProperty("code").GetString()!] = new DashboardFigures(
                stats.GetProperty("memberCount").GetInt32(),
                stats.GetProperty("strongestBranchShare").GetDouble(),
                stats.GetProperty("womenShare").GetDouble(),
                stats.GetProperty("serviceCenterCoverage").GetDouble(),
                stats.GetProperty("oneShoulderShare").GetDouble(),
                [.. stats.GetProperty("membersBy").EnumerateArray().Select(b => b.GetProperty("count").GetInt32())]);
        }
    }
}

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>
/// A dashboard's query: the region, its leagues and their banners, each with headline figures and
/// one breakdown, the age date once at the top.
/// </summary>
public static class Dashboard
{
    /// <summary>
    /// The statements the dashboard runs once the division directory is in memory, whatever the scale
    /// and the page size: the leagues and banners connections come from the directory (code order, no
    /// filter), so only one batched rollup read per level with stats (region, leagues, banners) and one
    /// read of the single StatisticsInfo row for <c>asOf</c>. Breakdowns and shares are computed
    /// from the rollup row already read, so they add none.
    /// </summary>
    public const int Statements = 4;

    public static string Query(int banners) =>
        $$"""
        { region { code name
            stats { asOf memberCount womenShare strongestBranchShare branchCount membersBy(dimension: AGE_BAND) { key count share } }
            leagues(first: 12) { nodes { code name
              stats { memberCount womenShare strongestBranchShare branchCount membersBy(dimension: GENDER) { key count share } }
              banners(first: {{banners}}) { nodes { code name
                stats { memberCount womenShare strongestBranchShare branchCount branchesBy(dimension: RATING) { key count share } } } } } } } }
        """;
}

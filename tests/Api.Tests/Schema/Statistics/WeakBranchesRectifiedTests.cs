using PartyOrg.Api.Tests.Querying.Statements;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary><c>weakBranchesRectified(since:)</c> counts completed rectifications listed in or after a year, so it shrinks as the year grows.</summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class WeakBranchesRectifiedTests(CountingApi api)
{
    [Fact]
    public async Task Rectified_since_a_future_year_is_zero_everywhere()
    {
        var data = await api.DataAsync(DemoDivisions.Query("weakBranchesRectified(since: 2100)"));

        Assert.All(DemoDivisions.Stats(data), d => Assert.Equal((d.Code, 0L), (d.Code, d.Stats.Long("weakBranchesRectified"))));
    }

    [Fact]
    public async Task Rectified_since_1900_is_at_least_rectified_since_2018_everywhere()
    {
        var data = await api.DataAsync(DemoDivisions.Query("all: weakBranchesRectified(since: 1900) recent: weakBranchesRectified(since: 2018)"));

        var divisions = DemoDivisions.Stats(data);
        Assert.True(divisions[0].Stats.Long("recent") > 0);
        Assert.True(divisions[0].Stats.Long("all") > divisions[0].Stats.Long("recent"));
        Assert.All(divisions, d => Assert.True(d.Stats.Long("all") >= d.Stats.Long("recent"), d.Code));
    }

    [Fact]
    public async Task League_rectifications_since_2018_sum_to_the_region_figure()
    {
        var data = await api.DataAsync("{ region { stats { weakBranchesRectified(since: 2018) } leagues(first: 12) { nodes { stats { weakBranchesRectified(since: 2018) } } } } }");

        var region = data.GetProperty("region");
        Assert.Equal(
            region.GetProperty("stats").Long("weakBranchesRectified"),
            region.GetProperty("leagues").Nodes().Sum(l => l.GetProperty("stats").Long("weakBranchesRectified")));
    }
}

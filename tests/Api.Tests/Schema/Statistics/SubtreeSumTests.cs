using System.Text.Json;
using PartyOrg.Api.Tests.Querying.Statements;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>A division's statistics cover its whole subtree: its children's counts add up to its own.</summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class SubtreeSumTests(CountingApi api)
{
    private static readonly string[] Counts =
    [
        "memberCount", "womenCount", "aged61OrOverCount", "inServiceRegisteredCount", "membersRegisteredHereCount",
        "branchCount", "strongestBranchCount", "weakBranchCount", "villageCount", "communityCount", "serviceCenterCount",
        "oneShoulderCount", "firstSecretaryCount", "workTeamCount", "residentCadreCount", "committeeMemberCount",
        "gridCount", "gridWorkerCount", "communityServiceFund",
    ];

    private static readonly string Selection = string.Join(' ', Counts);

    [Fact]
    public async Task League_counts_sum_to_the_region_counts()
    {
        var data = await api.DataAsync($"{{ region {{ stats {{ {Selection} }} leagues(first: 12) {{ nodes {{ stats {{ {Selection} }} }} }} }} }}");

        var region = data.GetProperty("region");
        var leagues = region.GetProperty("leagues").Nodes().Select(l => l.GetProperty("stats")).ToList();
        Assert.Equal(12, leagues.Count);
        Assert.True(region.GetProperty("stats").Long("memberCount") > 0);
        Assert.Equal(CountsOf(region.GetProperty("stats")), SumOf(leagues));
    }

    [Theory]
    [InlineData("150902")]
    [InlineData("150502")]
    [InlineData("152223")]
    [InlineData("152921")]
    public async Task Township_counts_sum_to_their_banner_counts(string banner)
    {
        var data = await api.DataAsync(
            $$"""{ division(code: "{{banner}}") { ... on Banner { stats { {{Selection}} } townships(first: 50) { totalCount nodes { stats { {{Selection}} } } } } } }""");

        var division = data.GetProperty("division");
        var townships = division.GetProperty("townships");
        Assert.True(townships.Long("totalCount") is > 1 and <= 50);
        Assert.Equal(CountsOf(division.GetProperty("stats")), SumOf(townships.Nodes().Select(t => t.GetProperty("stats"))));
    }

    [Theory]
    [InlineData("150902004003")]
    [InlineData("150102001008")]
    [InlineData("150202006027")]
    public async Task Branch_member_counts_sum_to_their_village_member_count(string village)
    {
        var data = await api.DataAsync(
            $$"""{ division(code: "{{village}}") { ... on Village { stats { memberCount branchCount } branches(first: 50) { nodes { stats { memberCount } } } } } }""");

        var division = data.GetProperty("division");
        var branches = division.GetProperty("branches").Nodes().ToList();
        Assert.True(branches.Count > 1);
        Assert.Equal(division.GetProperty("stats").Long("branchCount"), branches.Count);
        Assert.Equal(division.GetProperty("stats").Long("memberCount"), branches.Sum(b => b.GetProperty("stats").Long("memberCount")));
    }

    [Fact]
    public async Task Stats_through_the_division_interface_equal_those_of_the_banner_type()
    {
        var data = await api.DataAsync(
            $$"""{ division(code: "150902") { stats { {{Selection}} } } banners(first: 1, within: "150902") { nodes { stats { {{Selection}} } } } }""");

        Assert.Equal(
            CountsOf(data.GetProperty("banners").Nodes().Single().GetProperty("stats")),
            CountsOf(data.GetProperty("division").GetProperty("stats")));
    }

    private static Dictionary<string, long> CountsOf(JsonElement stats) => Counts.ToDictionary(c => c, c => stats.Long(c));

    private static Dictionary<string, long> SumOf(IEnumerable<JsonElement> children)
    {
        var list = children.ToList();
        return Counts.ToDictionary(c => c, c => list.Sum(s => s.Long(c)));
    }
}

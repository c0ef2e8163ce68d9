using PartyOrg.Api.Tests.Querying.Statements;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>Every breakdown partitions its total: no member or branch is lost or counted twice.</summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class BreakdownTests(CountingApi api)
{
    public static TheoryData<string> MemberDimensions => new() { "GENDER", "ETHNICITY", "AGE_BAND", "EDUCATION", "OCCUPATION", "STATUS", "JOIN_PERIOD" };

    public static TheoryData<string> BranchDimensions => new() { "SECTOR", "RATING" };

    [Theory]
    [MemberData(nameof(MemberDimensions))]
    public async Task Member_buckets_sum_to_the_member_count(string dimension)
    {
        var data = await api.DataAsync(DemoDivisions.Query($"memberCount membersBy(dimension: {dimension}) {{ count }}"));

        var divisions = DemoDivisions.Stats(data);
        Assert.True(divisions[0].Stats.Long("memberCount") > 0);
        Assert.All(divisions, d => Assert.Equal(
            (d.Code, d.Stats.Long("memberCount")),
            (d.Code, d.Stats.GetProperty("membersBy").EnumerateArray().Sum(b => b.Long("count")))));
    }

    [Theory]
    [MemberData(nameof(BranchDimensions))]
    public async Task Branch_buckets_sum_to_the_branch_count(string dimension)
    {
        var data = await api.DataAsync(DemoDivisions.Query($"branchCount branchesBy(dimension: {dimension}) {{ count }}"));

        var divisions = DemoDivisions.Stats(data);
        Assert.True(divisions[0].Stats.Long("branchCount") > 0);
        Assert.All(divisions, d => Assert.Equal(
            (d.Code, d.Stats.Long("branchCount")),
            (d.Code, d.Stats.GetProperty("branchesBy").EnumerateArray().Sum(b => b.Long("count")))));
    }

    [Theory]
    [MemberData(nameof(MemberDimensions))]
    public async Task A_branch_member_buckets_sum_to_its_member_count(string dimension)
    {
        var data = await api.DataAsync($$"""{ branches(first: 50, within: "150900") { nodes { id stats { memberCount membersBy(dimension: {{dimension}}) { count } } } } }""");

        var branches = data.GetProperty("branches").Nodes().ToList();
        Assert.Equal(50, branches.Count);
        Assert.All(branches, b => Assert.Equal(
            b.GetProperty("stats").Long("memberCount"),
            b.GetProperty("stats").GetProperty("membersBy").EnumerateArray().Sum(x => x.Long("count"))));
    }

    [Fact]
    public async Task Bucket_keys_are_those_of_the_schema_in_a_fixed_order()
    {
        var data = await api.DataAsync("{ region { stats { membersBy(dimension: AGE_BAND) { key } branchesBy(dimension: RATING) { key } } } }");

        var stats = data.GetProperty("region").GetProperty("stats");
        Assert.Equal(
            ["30_OR_UNDER", "31_TO_35", "36_TO_40", "41_TO_45", "46_TO_50", "51_TO_55", "56_TO_60", "61_OR_OVER"],
            stats.GetProperty("membersBy").EnumerateArray().Select(b => b.GetProperty("key").GetString()));
        Assert.Equal(["STRONGEST", "STANDARD", "WEAK"], stats.GetProperty("branchesBy").EnumerateArray().Select(b => b.GetProperty("key").GetString()));
    }
}

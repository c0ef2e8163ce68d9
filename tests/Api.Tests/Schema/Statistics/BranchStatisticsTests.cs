using System.Globalization;
using PartyOrg.Api.Tests.Querying.Statements;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>A branch's statistics count the very members its <c>members</c> connection lists.</summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class BranchStatisticsTests(CountingApi api)
{
    [Theory]
    [InlineData("150902")]
    [InlineData("152200")]
    [InlineData("150102001008")]
    public async Task A_branch_member_count_equals_its_members_total_count(string within)
    {
        var data = await api.DataAsync($$"""{ branches(first: 50, within: "{{within}}") { nodes { id stats { memberCount } members { totalCount } } } }""");

        var branches = data.GetProperty("branches").Nodes().ToList();
        Assert.NotEmpty(branches);
        Assert.All(branches, b => Assert.Equal(
            (b.GetProperty("id").GetString(), b.GetProperty("members").Long("totalCount")),
            (b.GetProperty("id").GetString(), b.GetProperty("stats").Long("memberCount"))));
    }

    [Fact]
    public async Task A_branch_as_of_date_is_that_of_the_divisions()
    {
        var data = await api.DataAsync("""{ region { stats { asOf } } branches(first: 1) { nodes { stats { asOf } } } }""");

        var asOf = SeedOptions.DefaultAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(asOf, data.GetProperty("region").GetProperty("stats").GetProperty("asOf").GetString());
        Assert.Equal(asOf, data.GetProperty("branches").Nodes().Single().GetProperty("stats").GetProperty("asOf").GetString());
    }
}

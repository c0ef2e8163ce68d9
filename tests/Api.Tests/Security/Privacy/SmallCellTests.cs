using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics.Disclosure;
using Xunit.Abstractions;

namespace PartyOrg.Api.Tests.Security.Privacy;

/// <summary>
/// Attack 1: over every branch of the demo data with exactly one member of an ethnic group (or none), the rate at which
/// a third party tells which from the published count stays within the documented bound (docs/PRIVACY.md).
/// </summary>
public sealed class SmallCellTests(PrivacyApi api, ITestOutputHelper output) : IClassFixture<PrivacyApi>
{
    [Theory]
    [InlineData(Role.Dashboard)]
    [InlineData(Role.Partner)]
    public async Task A_single_member_of_an_ethnic_group_is_not_revealed_beyond_the_bound(Role role)
    {
        var exact = await EthnicityOfEveryBranchAsync(Role.Admin);
        var published = await EthnicityOfEveryBranchAsync(role);

        var observations = exact.SelectMany(branch => branch.Value
                .Where(bucket => bucket.Key != "HAN" && bucket.Value <= 1)
                .Select(bucket => (Truth: bucket.Value == 1, Signal: published[branch.Key][bucket.Key])))
            .ToList();
        var ones = observations.Count(o => o.Truth);
        var rate = GuessRate.Best(observations);
        var bound = TwoSidedGeometric.GuessBound(2 * 1.0);

        output.WriteLine($"{role}: {ones} cells of one, {observations.Count - ones} of none; best guess rate {rate:F3}, bound {bound:F3}");
        Assert.InRange(ones, 30, int.MaxValue);
        Assert.True(rate <= bound + 4 * Math.Sqrt(0.25 / ones), $"{role}: best guess rate {rate} over {observations.Count} cells, bound {bound}.");
    }

    /// <summary>Each branch's ethnicity buckets as <paramref name="role"/> reads them, by branch ID, paging through every branch.</summary>
    private async Task<Dictionary<string, Dictionary<string, int>>> EthnicityOfEveryBranchAsync(Role role)
    {
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = (await api.DataAsAsync(role,
                "query($after: String) { branches(first: 50, after: $after) { pageInfo { hasNextPage endCursor } nodes { id stats { membersBy(dimension: ETHNICITY) { key count } } } } }",
                new { after })).GetProperty("branches");
            foreach (var branch in page.GetProperty("nodes").EnumerateArray())
            {
                result[branch.GetProperty("id").GetString()!] = branch.GetProperty("stats").GetProperty("membersBy").EnumerateArray()
                    .ToDictionary(b => b.GetProperty("key").GetString()!, b => b.GetProperty("count").GetInt32(), StringComparer.Ordinal);
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return result;
    }
}

using System.Globalization;
using System.Text.Json;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>
/// At full scale, the API's statistics reproduce each organisational figure of the source article
/// (seed_figures.csv, copied here with the tolerance its wording allows). The article's other rows,
/// volunteer projects and suggestions in Hinggan, the Hanggin procuratorate's and Wuhai's practical
/// matters, and the 19 one-network services, are not modelled and so are not checked.
/// </summary>
[Collection(FullScaleApiCollection.Name)]
public sealed class ArticleFiguresTests(FullScaleApi api)
{
    private async Task<JsonElement> RegionStatsAsync(string selection) =>
        (await api.DataAsync($"{{ region {{ stats {{ {selection} }} }} }}")).GetProperty("region").GetProperty("stats");

    private async Task<long> RegionCountAsync(string field) => (await RegionStatsAsync(field)).Long(field);

    private async Task<double> RegionShareAsync(string field) => (await RegionStatsAsync(field)).Number(field);

    private static void WithinPercent(double expected, double actual, double percent) =>
        Assert.InRange(actual, expected * (1 - (percent / 100)), expected * (1 + (percent / 100)));

    [Fact]
    public async Task Branches_are_74000_within_one_percent() =>
        WithinPercent(74_000, await RegionCountAsync("branchCount"), 1);

    [Fact]
    public async Task Strongest_branch_share_is_21_1_percent_within_a_tenth_of_a_point() =>
        Assert.InRange(await RegionShareAsync("strongestBranchShare"), 21.0, 21.2);

    [Fact]
    public async Task First_secretaries_are_exactly_9640() =>
        Assert.Equal(9_640, await RegionCountAsync("firstSecretaryCount"));

    [Fact]
    public async Task Work_teams_are_exactly_8689() =>
        Assert.Equal(8_689, await RegionCountAsync("workTeamCount"));

    [Fact]
    public async Task Resident_cadres_are_32000_within_one_percent() =>
        WithinPercent(32_000, await RegionCountAsync("residentCadreCount"), 1);

    [Fact]
    public async Task Committee_members_from_talent_pools_are_34000_within_one_percent() =>
        WithinPercent(34_000, await RegionCountAsync("committeeTalentPoolCount"), 1);

    [Fact]
    public async Task Talent_pool_share_of_committee_members_is_40_percent_within_a_point() =>
        Assert.InRange(await RegionShareAsync("committeeTalentPoolShare"), 39.0, 41.0);

    [Fact]
    public async Task One_shoulder_share_is_99_percent_within_half_a_point() =>
        Assert.InRange(await RegionShareAsync("oneShoulderShare"), 98.5, 99.5);

    [Fact]
    public async Task Service_centres_are_exactly_14542() =>
        Assert.Equal(14_542, await RegionCountAsync("serviceCenterCount"));

    [Fact]
    public async Task Service_centre_coverage_is_at_least_98_9_percent() =>
        Assert.True(await RegionShareAsync("serviceCenterCoverage") >= 98.9);

    [Fact]
    public async Task Community_service_fund_is_exactly_100000_yuan_per_community() =>
        Assert.Equal(100_000, await RegionShareAsync("communityServiceFundPerCommunity"));

    [Fact]
    public async Task Every_village_has_a_college_educated_committee_member()
    {
        var stats = await RegionStatsAsync("villageCount collegeEducatedCommitteeCount collegeEducatedCommitteeShare");

        Assert.Equal(stats.Long("villageCount"), stats.Long("collegeEducatedCommitteeCount"));
        Assert.Equal(100, stats.Number("collegeEducatedCommitteeShare"));
    }

    [Fact]
    public async Task Weak_branches_rectified_since_2018_are_exactly_2734() =>
        Assert.Equal(2_734, (await RegionStatsAsync("rectified: weakBranchesRectified(since: 2018)")).Long("rectified"));

    [Fact]
    public async Task Grids_are_just_under_100000() =>
        Assert.InRange(await RegionCountAsync("gridCount"), 90_000, 99_999);

    [Fact]
    public async Task Grid_workers_are_at_least_260000() =>
        Assert.True(await RegionCountAsync("gridWorkerCount") >= 260_000);

    [Fact]
    public async Task Service_centres_linked_online_are_at_least_11000() =>
        Assert.True(await RegionCountAsync("serviceCentersLinkedOnlineCount") >= 11_000);

    [Fact]
    public async Task Hinggan_in_service_members_registered_with_communities_are_28000_within_one_percent()
    {
        var data = await api.DataAsync("""{ division(code: "152200") { name stats { inServiceRegisteredCount } } }""");

        var hinggan = data.GetProperty("division");
        Assert.Equal("兴安盟", hinggan.GetProperty("name").GetString());
        WithinPercent(28_000, hinggan.GetProperty("stats").Long("inServiceRegisteredCount"), 1);
    }

    [Fact]
    public async Task Chahar_community_oldest_member_is_88_at_the_statistics_date()
    {
        var data = await api.DataAsync(
            """
            { region { stats { asOf } }
              division(code: "150902008022") { name }
              members(within: "150902008022", order: [{ birthDate: ASC }], first: 1) { nodes { birthDate } } }
            """);

        Assert.Equal("察哈尔社区居民委员会", data.GetProperty("division").GetProperty("name").GetString());
        var asOf = DateOnly.Parse(data.GetProperty("region").GetProperty("stats").GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture);
        var born = DateOnly.Parse(data.GetProperty("members").Nodes().Single().GetProperty("birthDate").GetString()!, CultureInfo.InvariantCulture);
        var age = asOf.Year - born.Year;
        age -= born.AddYears(age) > asOf ? 1 : 0;
        Assert.Equal(88, age);
    }
}

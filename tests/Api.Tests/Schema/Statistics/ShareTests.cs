using PartyOrg.Api.Tests.Querying.Statements;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>Every share is round(100 × count / total, 1), from the counts beside it; 0 when the total is 0.</summary>
[Collection(DemoScaleApiCollection.Name)]
public sealed class ShareTests(CountingApi api)
{
    private const string EmptyVillage = "150902001001";

    public static TheoryData<string, string, string> MemberShares => new()
    {
        { "fullMemberShare", "fullMemberCount", "memberCount" },
        { "probationaryMemberShare", "probationaryMemberCount", "memberCount" },
        { "womenShare", "womenCount", "memberCount" },
        { "ethnicMinorityShare", "ethnicMinorityCount", "memberCount" },
        { "mongolShare", "mongolCount", "memberCount" },
        { "collegeEducatedShare", "collegeEducatedCount", "memberCount" },
        { "aged35OrUnderShare", "aged35OrUnderCount", "memberCount" },
        { "aged61OrOverShare", "aged61OrOverCount", "memberCount" },
        { "retiredShare", "retiredCount", "memberCount" },
        { "inServiceRegisteredShare", "inServiceRegisteredCount", "memberCount" },
    };

    public static TheoryData<string, string, string> DivisionShares
    {
        get
        {
            var shares = MemberShares;
            shares.Add("strongestBranchShare", "strongestBranchCount", "branchCount");
            shares.Add("weakBranchShare", "weakBranchCount", "branchCount");
            shares.Add("serviceCenterCoverage", "serviceCenterCount", "villageCount");
            shares.Add("serviceCentersLinkedOnlineShare", "serviceCentersLinkedOnlineCount", "serviceCenterCount");
            shares.Add("oneShoulderShare", "oneShoulderCount", "villageCount");
            shares.Add("collegeEducatedCommitteeShare", "collegeEducatedCommitteeCount", "villageCount");
            shares.Add("firstSecretaryCoverage", "firstSecretaryCount", "villageCount");
            shares.Add("committeeTalentPoolShare", "committeeTalentPoolCount", "committeeMemberCount");
            return shares;
        }
    }

    [Theory]
    [MemberData(nameof(DivisionShares))]
    public async Task A_division_share_is_its_count_over_its_total_rounded_to_one_decimal(string share, string count, string total)
    {
        var data = await api.DataAsync(DemoDivisions.Query($"{share} {count} {total}"));

        var divisions = DemoDivisions.Stats(data);
        Assert.Contains(divisions, d => d.Stats.Long(count) > 0);
        Assert.All(divisions, d => Assert.Equal(
            (d.Code, StatsJson.ShareOf(d.Stats.Long(count), d.Stats.Long(total))),
            (d.Code, d.Stats.Number(share))));
    }

    [Theory]
    [MemberData(nameof(MemberShares))]
    public async Task A_branch_share_is_its_count_over_its_members_rounded_to_one_decimal(string share, string count, string total)
    {
        var data = await api.DataAsync($$"""{ branches(first: 50, within: "150900") { nodes { id stats { {{share}} {{count}} {{total}} } } } }""");

        var branches = data.GetProperty("branches").Nodes().Select(b => b.GetProperty("stats")).ToList();
        Assert.Equal(50, branches.Count);
        Assert.All(branches, s => Assert.Equal(StatsJson.ShareOf(s.Long(count), s.Long(total)), s.Number(share)));
    }

    [Fact]
    public async Task A_bucket_share_is_its_count_over_the_breakdown_total_rounded_to_one_decimal()
    {
        var data = await api.DataAsync(DemoDivisions.Query(
            "memberCount branchCount membersBy(dimension: EDUCATION) { count share } branchesBy(dimension: SECTOR) { count share }"));

        Assert.All(DemoDivisions.Stats(data), d =>
        {
            Assert.All(d.Stats.GetProperty("membersBy").EnumerateArray(),
                b => Assert.Equal(StatsJson.ShareOf(b.Long("count"), d.Stats.Long("memberCount")), b.Number("share")));
            Assert.All(d.Stats.GetProperty("branchesBy").EnumerateArray(),
                b => Assert.Equal(StatsJson.ShareOf(b.Long("count"), d.Stats.Long("branchCount")), b.Number("share")));
        });
    }

    [Fact]
    public async Task Shares_of_a_village_without_members_or_branches_are_zero()
    {
        var data = await api.DataAsync(
            $$"""{ division(code: "{{EmptyVillage}}") { stats { memberCount branchCount womenShare strongestBranchShare membersBy(dimension: GENDER) { share } } } }""");

        var stats = data.GetProperty("division").GetProperty("stats");
        Assert.Equal((0, 0), (stats.Long("memberCount"), stats.Long("branchCount")));
        Assert.Equal((0.0, 0.0), (stats.Number("womenShare"), stats.Number("strongestBranchShare")));
        Assert.All(stats.GetProperty("membersBy").EnumerateArray(), b => Assert.Equal(0.0, b.Number("share")));
    }
}

namespace PartyOrg.Domain.Tests.Generation;

/// <summary>
/// The generator's acceptance test: at full scale, each organisational figure of the source
/// article (seed_figures.csv), computed with plain SQL over the generated tables, holds within
/// the tolerance the article's wording allows.
/// </summary>
[Collection(FullScaleCollection.Name)]
public sealed class FullScaleFiguresTests(FullDatabase full)
{
    private readonly SeededDatabase _db = full.Database;

    private long Count(string sql) => _db.Scalar<long>(sql);

    private static void WithinPercent(double expected, double actual, double percent) =>
        Assert.InRange(actual, expected * (1 - (percent / 100)), expected * (1 + (percent / 100)));

    [Fact]
    public void Branches_are_74000_within_one_percent() =>
        WithinPercent(74_000, Count("SELECT COUNT(*) FROM Branches"), 1);

    [Fact]
    public void Strongest_share_is_21_1_percent_within_a_tenth_of_a_point()
    {
        var share = 100.0 * Count("SELECT COUNT(*) FROM Branches WHERE Rating = 0") / Count("SELECT COUNT(*) FROM Branches");
        Assert.InRange(share, 21.0, 21.2);
    }

    [Fact]
    public void First_secretaries_are_exactly_9640() =>
        Assert.Equal(9_640, Count("SELECT COUNT(*) FROM FirstSecretaries WHERE EndedOn IS NULL"));

    [Fact]
    public void Work_teams_are_exactly_8689() =>
        Assert.Equal(8_689, Count("SELECT COUNT(*) FROM WorkTeams WHERE EndedOn IS NULL"));

    [Fact]
    public void Resident_cadres_are_32000_within_one_percent() =>
        WithinPercent(32_000, Count("SELECT COUNT(*) FROM ResidentCadres"), 1);

    [Fact]
    public void Committee_members_from_talent_pools_are_34000_within_one_percent() =>
        WithinPercent(34_000, Count("SELECT COUNT(*) FROM CommitteeMembers WHERE Source <> 4"), 1);

    [Fact]
    public void Talent_pool_share_is_40_percent_within_a_point()
    {
        var share = 100.0 * Count("SELECT COUNT(*) FROM CommitteeMembers WHERE Source <> 4") / Count("SELECT COUNT(*) FROM CommitteeMembers");
        Assert.InRange(share, 39.0, 41.0);
    }

    [Fact]
    public void One_shoulder_share_is_99_percent_within_half_a_point()
    {
        var oneShoulder = Count("SELECT COUNT(DISTINCT VillageCode) FROM CommitteeMembers WHERE IsPartySecretary = 1 AND IsChair = 1");
        var share = 100.0 * oneShoulder / Count("SELECT COUNT(*) FROM Villages");
        Assert.InRange(share, 98.5, 99.5);
    }

    [Fact]
    public void Service_centres_are_exactly_14542() =>
        Assert.Equal(14_542, Count("SELECT COUNT(*) FROM Villages WHERE HasServiceCenter = 1"));

    [Fact]
    public void Service_centre_coverage_is_at_least_98_9_percent() =>
        Assert.True(100.0 * Count("SELECT COUNT(*) FROM Villages WHERE HasServiceCenter = 1") / Count("SELECT COUNT(*) FROM Villages") >= 98.9);

    [Fact]
    public void Every_community_has_a_service_fund_of_exactly_100000_yuan()
    {
        Assert.Equal(2_991, Count("SELECT COUNT(*) FROM Villages WHERE Kind = 1 AND AnnualServiceFund = 100000"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM Villages WHERE (Kind = 1) <> (AnnualServiceFund IS NOT NULL)"));
    }

    [Fact]
    public void Every_village_committee_has_a_college_educated_member() =>
        Assert.Equal(0, Count("SELECT COUNT(*) FROM Villages v WHERE NOT EXISTS (SELECT 1 FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.Education >= 3)"));

    [Fact]
    public void Weak_branches_rectified_since_2018_are_exactly_2734() =>
        Assert.Equal(2_734, Count("SELECT COUNT(DISTINCT BranchId) FROM Rectifications WHERE ListedYear >= 2018 AND RectifiedYear IS NOT NULL"));

    [Fact]
    public void Grids_are_just_under_100000()
    {
        var grids = Count("SELECT COUNT(*) FROM Grids");
        Assert.InRange(grids, 90_000, 99_999);
    }

    [Fact]
    public void Grid_workers_are_at_least_260000() =>
        Assert.True(Count("SELECT COUNT(*) FROM GridWorkers") >= 260_000);

    [Fact]
    public void Service_centres_linked_online_are_at_least_11000() =>
        Assert.True(Count("SELECT COUNT(*) FROM Villages WHERE ServiceCenterLinkedOnline = 1 AND HasServiceCenter = 1") >= 11_000);

    [Fact]
    public void Hinggan_in_service_members_registered_with_communities_are_28000_within_one_percent() =>
        WithinPercent(28_000, Count("SELECT COUNT(*) FROM Members WHERE RegisteredCommunityCode IS NOT NULL AND VillageCode BETWEEN '152200000000' AND '152299999999'"), 1);

    [Fact]
    public void Chahar_community_oldest_member_is_88()
    {
        var eldest = _db.Scalar<string>("SELECT MIN(BirthDate) FROM Members WHERE VillageCode = '150902008022'");
        var birth = DateOnly.Parse(eldest, System.Globalization.CultureInfo.InvariantCulture);
        var asOf = SeededDatabase.AsOf;
        var age = asOf.Year - birth.Year - (birth > asOf.AddYears(-(asOf.Year - birth.Year)) ? 1 : 0);
        Assert.Equal(88, age);
    }

    [Fact]
    public void Members_are_about_1_6_million_at_21_7_per_branch()
    {
        var members = Count("SELECT COUNT(*) FROM Members");
        Assert.Equal(21.7, Math.Round((double)members / Count("SELECT COUNT(*) FROM Branches"), 1));
        WithinPercent(1_600_000, members, 1);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Tests.Generation;

namespace PartyOrg.Domain.Tests.Statistics;

/// <summary>
/// The rollups the generator writes equal counts computed independently with SQL GROUP BY over the
/// base tables, for every division and every branch of the demo scale.
/// </summary>
public sealed class RollupRecomputeTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private static readonly string AsOf = SeededDatabase.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The village-code prefixes of the region, leagues, banners, townships and villages.</summary>
    private static readonly int[] PrefixLengths = [2, 4, 6, 9, 12];

    private readonly SeededDatabase _db = demo.Database;

    [Fact]
    public async Task Member_counts_of_every_division_equal_a_group_by_over_members()
    {
        var rollups = await DivisionRollupsAsync();
        var expected = _db.CountsByDivision(PrefixLengths, length => $"""
            SELECT substr(VillageCode, 1, {length}), COUNT(*), SUM(Status = 0), SUM(Gender = 1), SUM(Ethnicity <> 0), SUM(Ethnicity = 1),
                   SUM(Education >= 3), SUM(BirthDate > date('{AsOf}', '-36 years')), SUM(BirthDate <= date('{AsOf}', '-61 years')),
                   SUM(IsRetired), SUM(RegisteredCommunityCode IS NOT NULL), SUM(JoinedOn >= '2012-11-08')
            FROM Members GROUP BY 1
            """);

        foreach (var (code, rollup) in rollups)
        {
            var actual = new long[]
            {
                rollup.Members, rollup.Full, rollup.Women, rollup.Members - rollup.Han, rollup.Mongol,
                rollup.Associate + rollup.Bachelor + rollup.Postgraduate, rollup.Aged30OrUnder + rollup.Aged31To35, rollup.Aged61OrOver,
                rollup.Retired, rollup.RegisteredWithCommunity, rollup.JoinedSince2012,
            };
            Assert.Equal(expected.GetValueOrDefault(code, new long[actual.Length]), actual);
        }
    }

    [Fact]
    public async Task Branch_counts_of_every_division_equal_a_group_by_over_branches()
    {
        var rollups = await DivisionRollupsAsync();
        var expected = _db.CountsByDivision(PrefixLengths, length =>
            $"SELECT substr(VillageCode, 1, {length}), COUNT(*), SUM(Rating = 0), SUM(Rating = 2), SUM(Sector = 0), SUM(Sector = 7) FROM Branches GROUP BY 1");

        foreach (var (code, r) in rollups)
        {
            long[] actual = [r.Branches, r.StrongestBranches, r.WeakBranches, r.RuralBranches, r.SocialOrganizationBranches];
            Assert.Equal(expected.GetValueOrDefault(code, new long[actual.Length]), actual);
        }
    }

    [Fact]
    public async Task Village_counts_of_every_division_equal_a_group_by_over_villages_and_their_facts()
    {
        var rollups = await DivisionRollupsAsync();
        var expected = _db.CountsByDivision(PrefixLengths, length => $"""
            SELECT substr(v.Code, 1, {length}), COUNT(*), SUM(v.Kind = 1), SUM(v.HasServiceCenter), SUM(v.HasServiceCenter AND v.ServiceCenterLinkedOnline),
                   SUM(EXISTS (SELECT 1 FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.IsPartySecretary AND c.IsChair)),
                   SUM((SELECT COUNT(*) FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.Source <> 4)),
                   SUM(EXISTS (SELECT 1 FROM FirstSecretaries f WHERE f.VillageCode = v.Code AND f.EndedOn IS NULL)),
                   SUM((SELECT COUNT(*) FROM ResidentCadres r JOIN WorkTeams w ON w.Id = r.WorkTeamId WHERE w.VillageCode = v.Code AND w.EndedOn IS NULL)),
                   SUM((SELECT COUNT(*) FROM GridWorkers g JOIN Grids d ON d.Id = g.GridId WHERE d.VillageCode = v.Code)),
                   SUM(COALESCE(v.AnnualServiceFund, 0)),
                   SUM((SELECT COUNT(*) FROM Members m WHERE m.RegisteredCommunityCode = v.Code))
            FROM Villages v GROUP BY 1
            """);

        foreach (var (code, r) in rollups)
        {
            long[] actual = [r.Villages, r.Communities, r.ServiceCenters, r.ServiceCentersLinkedOnline, r.OneShoulderVillages,
                r.CommitteeFromTalentPools, r.VillagesWithFirstSecretary, r.ResidentCadres, r.GridWorkers, r.CommunityServiceFund, r.RegisteredHere];
            Assert.Equal(expected[code], actual);
        }
    }

    [Fact]
    public async Task Member_counts_of_every_branch_equal_a_group_by_over_members()
    {
        await using var context = _db.CreateDbContext();
        var rollups = await context.BranchRollups.AsNoTracking().ToDictionaryAsync(r => r.BranchId);
        var expected = _db.Rows("SELECT BranchId, COUNT(*), SUM(Status = 1), SUM(Gender = 0), SUM(Occupation = 1) FROM Members GROUP BY BranchId")
            .ToDictionary(r => (long)r[0]!, r => r.Skip(1).Select(v => (long)v!).ToArray());

        Assert.Equal(_db.Scalar<long>("SELECT COUNT(*) FROM Branches"), rollups.Count);
        foreach (var (id, r) in rollups)
        {
            Assert.Equal(expected[id], new long[] { r.Members, r.Probationary, r.Men, r.FarmerHerders });
        }
    }

    [Fact]
    public async Task Completed_rectifications_by_listing_year_equal_a_group_by()
    {
        await using var context = _db.CreateDbContext();
        var region = await context.RectificationRollups.Where(r => r.Code == "150000").ToDictionaryAsync(r => r.ListedYear, r => (long)r.Completed);
        var expected = _db.Rows("SELECT ListedYear, COUNT(*) FROM Rectifications WHERE RectifiedYear IS NOT NULL GROUP BY ListedYear")
            .ToDictionary(r => (int)(long)r[0]!, r => (long)r[1]!);
        Assert.Equal(expected, region);
    }

    [Fact]
    public async Task Every_division_has_exactly_one_rollup_row_and_ages_are_as_of_the_data_date()
    {
        await using var context = _db.CreateDbContext();
        Assert.Equal(_db.Scalar<long>("SELECT (SELECT COUNT(*) FROM Regions) + (SELECT COUNT(*) FROM Leagues) + (SELECT COUNT(*) FROM Banners) + (SELECT COUNT(*) FROM Townships) + (SELECT COUNT(*) FROM Villages)"),
            await context.DivisionRollups.CountAsync());
        Assert.Equal(SeededDatabase.AsOf, (await context.StatisticsInfo.SingleAsync()).AgeAsOf);
    }

    private async Task<Dictionary<string, DivisionRollup>> DivisionRollupsAsync()
    {
        await using var context = _db.CreateDbContext();
        return await context.DivisionRollups.AsNoTracking().ToDictionaryAsync(r => r.Code);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Tests.Generation;

namespace PartyOrg.Domain.Tests.Statistics;

/// <summary>
/// At full scale the rollups the generator writes equal counts computed independently with SQL
/// GROUP BY over the base tables, for a fixed random sample of 300 divisions across all five levels
/// and 1,000 branches: checking every row, as <see cref="RollupRecomputeTests"/> does for the demo
/// scale, would cost far more here and find nothing the sample would not.
/// </summary>
[Collection(FullScaleCollection.Name)]
public sealed class FullScaleRollupSampleTests(FullDatabase full)
{
    private const int SampleSeed = 20231;

    /// <summary>Divisions sampled per level: the region and every league, then 40 banners, 80 townships and 167 villages.</summary>
    private static readonly (string Table, int Length, int Size)[] Levels =
        [("Regions", 2, 1), ("Leagues", 4, 12), ("Banners", 6, 40), ("Townships", 9, 80), ("Villages", 12, 167)];

    private readonly SeededDatabase _db = full.Database;

    [Fact]
    public void The_sample_spans_all_five_levels_with_300_divisions_and_1000_branches()
    {
        var sample = SampleDivisions();

        Assert.Equal([1, 12, 40, 80, 167], Levels.Select(l => sample.Count(c => Length(c) == l.Length)));
        Assert.Equal(1_000, SampleBranches().Distinct().Count());
    }

    [Fact]
    public async Task Member_counts_of_sampled_divisions_equal_a_group_by_over_members()
    {
        var expected = _db.CountsByDivision(Levels.Select(l => l.Length), length => $"""
            SELECT substr(VillageCode, 1, {length}), {MemberColumns()}
            FROM Members WHERE substr(VillageCode, 1, {length}) IN ({Prefixes(length)}) GROUP BY 1
            """);

        foreach (var (code, r) in await DivisionRollupsAsync())
        {
            Assert.Equal(Labelled(code, expected.GetValueOrDefault(code, new long[10])), Labelled(code, MemberCounts(r)));
        }
    }

    [Fact]
    public async Task Branch_counts_of_sampled_divisions_equal_a_group_by_over_branches()
    {
        var expected = _db.CountsByDivision(Levels.Select(l => l.Length), length => $"""
            SELECT substr(VillageCode, 1, {length}), COUNT(*), SUM(Rating = 0), SUM(Rating = 2)
            FROM Branches WHERE substr(VillageCode, 1, {length}) IN ({Prefixes(length)}) GROUP BY 1
            """);

        foreach (var (code, r) in await DivisionRollupsAsync())
        {
            Assert.Equal(Labelled(code, expected.GetValueOrDefault(code, new long[3])), Labelled(code, [r.Branches, r.StrongestBranches, r.WeakBranches]));
        }
    }

    [Fact]
    public async Task Village_counts_of_sampled_divisions_equal_a_group_by_over_villages_and_their_facts()
    {
        var expected = _db.CountsByDivision(Levels.Select(l => l.Length), length => $"""
            SELECT substr(v.Code, 1, {length}), COUNT(*), SUM(v.HasServiceCenter),
                   SUM(EXISTS (SELECT 1 FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.IsPartySecretary AND c.IsChair)),
                   SUM((SELECT COUNT(*) FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.Source <> 4)),
                   SUM((SELECT COUNT(*) FROM ResidentCadres r JOIN WorkTeams w ON w.Id = r.WorkTeamId WHERE w.VillageCode = v.Code AND w.EndedOn IS NULL)),
                   SUM((SELECT COUNT(*) FROM GridWorkers g JOIN Grids d ON d.Id = g.GridId WHERE d.VillageCode = v.Code)),
                   SUM(COALESCE(v.AnnualServiceFund, 0)),
                   SUM((SELECT COUNT(*) FROM Members m WHERE m.RegisteredCommunityCode = v.Code))
            FROM Villages v WHERE substr(v.Code, 1, {length}) IN ({Prefixes(length)}) GROUP BY 1
            """);

        foreach (var (code, r) in await DivisionRollupsAsync())
        {
            long[] actual = [r.Villages, r.ServiceCenters, r.OneShoulderVillages, r.CommitteeFromTalentPools, r.ResidentCadres, r.GridWorkers, r.CommunityServiceFund, r.RegisteredHere];
            Assert.Equal(Labelled(code, expected[code]), Labelled(code, actual));
        }
    }

    [Fact]
    public async Task Completed_rectifications_of_sampled_divisions_by_listing_year_equal_a_group_by()
    {
        var expected = new Dictionary<(string, long), long>();
        foreach (var (_, length, _) in Levels)
        {
            var sql = $"""
                SELECT substr(VillageCode, 1, {length}), ListedYear, COUNT(*) FROM Rectifications
                WHERE RectifiedYear IS NOT NULL AND substr(VillageCode, 1, {length}) IN ({Prefixes(length)}) GROUP BY 1, 2
                """;
            foreach (var row in _db.Rows(sql))
            {
                expected[(RollupSql.DivisionCode((string)row[0]!), (long)row[1]!)] = (long)row[2]!;
            }
        }

        var sample = SampleDivisions();
        await using var context = _db.CreateDbContext();
        var actual = await context.RectificationRollups.Where(r => sample.Contains(r.Code))
            .ToDictionaryAsync(r => (r.Code, (long)r.ListedYear), r => (long)r.Completed);
        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Member_counts_of_sampled_branches_equal_a_group_by_over_members()
    {
        var ids = SampleBranches();
        var expected = _db.Rows($"SELECT BranchId, {MemberColumns()} FROM Members WHERE BranchId IN ({string.Join(", ", ids)}) GROUP BY BranchId")
            .ToDictionary(r => (long)r[0]!, r => r.Skip(1).Select(v => (long)v!).ToArray());

        await using var context = _db.CreateDbContext();
        var rollups = await context.BranchRollups.AsNoTracking().Where(r => ids.Contains(r.BranchId)).ToListAsync();
        Assert.Equal(ids.Length, rollups.Count);
        Assert.All(rollups, r => Assert.Equal(Labelled($"branch {r.BranchId}", expected[r.BranchId]), Labelled($"branch {r.BranchId}", MemberCounts(r))));
    }

    [Fact]
    public async Task Ages_of_the_rollups_are_as_of_the_seed_date()
    {
        await using var context = _db.CreateDbContext();

        Assert.Equal(await context.SeedInfo.Select(s => s.AsOf).SingleAsync(), (await context.StatisticsInfo.SingleAsync()).AgeAsOf);
    }

    /// <summary>Members, full, women, minorities, Mongols, college-educated, aged ≤ 35 and ≥ 61 at the seed date, retired, registered with a community.</summary>
    private string MemberColumns()
    {
        var asOf = _db.Scalar<string>("SELECT AsOf FROM SeedInfo");
        return $"""
            COUNT(*), SUM(Status = 0), SUM(Gender = 1), SUM(Ethnicity <> 0), SUM(Ethnicity = 1), SUM(Education >= 3),
            SUM(BirthDate > date('{asOf}', '-36 years')), SUM(BirthDate <= date('{asOf}', '-61 years')),
            SUM(IsRetired), SUM(RegisteredCommunityCode IS NOT NULL)
            """;
    }

    private static long[] MemberCounts(MemberRollup r) =>
    [
        r.Members, r.Full, r.Women, r.Members - r.Han, r.Mongol, r.Associate + r.Bachelor + r.Postgraduate,
        r.Aged30OrUnder + r.Aged31To35, r.Aged61OrOver, r.Retired, r.RegisteredWithCommunity,
    ];

    /// <summary>Counts as text after the node they belong to, so that a failure names the node and shows every count.</summary>
    private static string Labelled(string node, IEnumerable<long> counts) => $"{node}: {string.Join(' ', counts)}";

    /// <summary>The same divisions on every run: each level's codes in code order, shuffled with a fixed seed.</summary>
    private string[] SampleDivisions()
    {
        var random = new Random(SampleSeed);
        return [.. Levels.SelectMany(level =>
        {
            var codes = _db.Rows($"SELECT Code FROM {level.Table} ORDER BY Code").Select(r => (string)r[0]!).ToArray();
            random.Shuffle(codes);
            return codes.Take(level.Size);
        })];
    }

    private long[] SampleBranches()
    {
        var ids = _db.Rows("SELECT Id FROM Branches ORDER BY Id").Select(r => (long)r[0]!).ToArray();
        new Random(SampleSeed).Shuffle(ids);
        return ids[..1_000];
    }

    /// <summary>The sampled division codes of one level, as the prefix of their subtree's village codes, for an IN list.</summary>
    private string Prefixes(int length) =>
        string.Join(", ", SampleDivisions().Where(c => Length(c) == length).Select(c => $"'{c[..length]}'"));

    private async Task<Dictionary<string, DivisionRollup>> DivisionRollupsAsync()
    {
        var sample = SampleDivisions();
        await using var context = _db.CreateDbContext();
        var rollups = await context.DivisionRollups.AsNoTracking().Where(r => sample.Contains(r.Code)).ToDictionaryAsync(r => r.Code);
        Assert.Equal(sample.Length, rollups.Count);
        return rollups;
    }

    /// <summary>How many leading digits of a village code name the division: 000000 and 00 endings pad region and league codes.</summary>
    private static int Length(string code) => code switch
    {
        [_, _, '0', '0', '0', '0'] => 2,
        [_, _, _, _, '0', '0'] => 4,
        _ => code.Length,
    };
}

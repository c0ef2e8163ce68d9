using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Tests.Generation;

namespace PartyOrg.Domain.Tests.Divisions;

/// <summary>The seeded divisions are the NBS 2023 tables, whole: counts per level and kind, and every parent link.</summary>
public sealed class DivisionTableTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SeededDatabase _db = demo.Database;

    [Fact]
    public async Task There_is_one_region_Inner_Mongolia()
    {
        await using var context = _db.CreateDbContext();
        var region = await context.Regions.SingleAsync();
        Assert.Equal(("150000", "内蒙古自治区", "Inner Mongolia Autonomous Region"), (region.Code, region.Name, region.NameEn));
    }

    [Fact]
    public async Task Leagues_are_9_cities_and_3_leagues()
    {
        await using var context = _db.CreateDbContext();
        var kinds = await context.Leagues.GroupBy(l => l.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(new Dictionary<LeagueKind, int> { [LeagueKind.City] = 9, [LeagueKind.League] = 3 }, kinds);
    }

    [Fact]
    public async Task Banner_level_units_are_103_plus_5_statistical_zones()
    {
        await using var context = _db.CreateDbContext();
        var kinds = await context.Banners.GroupBy(b => b.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(new Dictionary<BannerKind, int>
        {
            [BannerKind.District] = 23, [BannerKind.CountyLevelCity] = 11, [BannerKind.County] = 17,
            [BannerKind.Banner] = 49, [BannerKind.AutonomousBanner] = 3, [BannerKind.StatisticalZone] = 5,
        }, kinds);
    }

    [Fact]
    public async Task Townships_are_1225_by_kind()
    {
        await using var context = _db.CreateDbContext();
        var kinds = await context.Townships.GroupBy(t => t.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(new Dictionary<TownshipKind, int>
        {
            [TownshipKind.Sumu] = 154, [TownshipKind.Township] = 116, [TownshipKind.Town] = 509,
            [TownshipKind.Subdistrict] = 277, [TownshipKind.Other] = 169,
        }, kinds);
    }

    [Fact]
    public async Task Villages_are_14592_by_kind_with_3075_gachas()
    {
        await using var context = _db.CreateDbContext();
        var kinds = await context.Villages.GroupBy(v => v.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(new Dictionary<VillageKind, int> { [VillageKind.Village] = 11_110, [VillageKind.Community] = 2_991, [VillageKind.Other] = 491 }, kinds);
        Assert.Equal(3_075, await context.Villages.CountAsync(v => v.Name.Contains("嘎查")));
    }

    [Fact]
    public void Every_parent_link_resolves_and_codes_nest()
    {
        Assert.Equal(0, _db.Scalar<long>("SELECT COUNT(*) FROM Leagues l LEFT JOIN Regions r ON r.Code = l.RegionCode WHERE r.Code IS NULL"));
        Assert.Equal(0, _db.Scalar<long>("SELECT COUNT(*) FROM Banners b LEFT JOIN Leagues l ON l.Code = b.LeagueCode WHERE l.Code IS NULL OR substr(b.Code, 1, 4) <> substr(l.Code, 1, 4)"));
        Assert.Equal(0, _db.Scalar<long>("SELECT COUNT(*) FROM Townships t LEFT JOIN Banners b ON b.Code = t.BannerCode WHERE b.Code IS NULL OR substr(t.Code, 1, 6) <> b.Code"));
        Assert.Equal(0, _db.Scalar<long>("SELECT COUNT(*) FROM Villages v LEFT JOIN Townships t ON t.Code = v.TownshipCode WHERE t.Code IS NULL OR substr(v.Code, 1, 9) <> t.Code"));
    }

    [Fact]
    public async Task The_Chahar_community_sits_under_Quanshan_subdistrict_of_Jining_in_Ulanqab()
    {
        await using var context = _db.CreateDbContext();
        var village = await context.Villages.SingleAsync(v => v.Code == "150902008022");
        var township = await context.Townships.SingleAsync(t => t.Code == village.TownshipCode);
        var banner = await context.Banners.SingleAsync(b => b.Code == township.BannerCode);
        var league = await context.Leagues.SingleAsync(l => l.Code == banner.LeagueCode);
        Assert.Equal(("察哈尔社区居民委员会", VillageKind.Community), (village.Name, village.Kind));
        Assert.Equal(("泉山街道", "集宁区", "乌兰察布市"), (township.Name, banner.Name, league.Name));
    }
}

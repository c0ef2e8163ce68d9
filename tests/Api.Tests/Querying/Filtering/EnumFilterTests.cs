using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>The XOperationFilterInput of every enum field: eq, neq, in, nin.</summary>
public sealed class EnumFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly Dictionary<string, Func<FilterHarness, Task<Matched>>> Cases = new()
    {
        ["League.kind eq"] = h => h.AssertSameAsLinqAsync(RowKinds.Leagues, "{ kind: { eq: LEAGUE } }", l => l.Kind == LeagueKind.League),
        ["League.kind neq"] = h => h.AssertSameAsLinqAsync(RowKinds.Leagues, "{ kind: { neq: LEAGUE } }", l => l.Kind != LeagueKind.League),
        ["Banner.kind eq"] = h => h.AssertSameAsLinqAsync(RowKinds.Banners, "{ kind: { eq: AUTONOMOUS_BANNER } }", b => b.Kind == BannerKind.AutonomousBanner),
        ["Banner.kind neq"] = h => h.AssertSameAsLinqAsync(RowKinds.Banners, "{ kind: { neq: BANNER } }", b => b.Kind != BannerKind.Banner),
        ["Banner.kind in"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Banners, "{ kind: { in: [COUNTY, COUNTY_LEVEL_CITY] } }", b => b.Kind is BannerKind.County or BannerKind.CountyLevelCity),
        ["Banner.kind nin"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Banners, "{ kind: { nin: [DISTRICT, STATISTICAL_ZONE] } }", b => b.Kind is not (BannerKind.District or BannerKind.StatisticalZone)),
        ["Township.kind eq"] = h => h.AssertSameAsLinqAsync(RowKinds.Townships, "{ kind: { eq: SUMU } }", t => t.Kind == TownshipKind.Sumu, within: "150121"),
        ["Township.kind in"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Townships, "{ kind: { in: [TOWN, SUBDISTRICT] } }", t => t.Kind is TownshipKind.Town or TownshipKind.Subdistrict, within: "150121"),
        ["Village.kind eq"] = h => h.AssertSameAsLinqAsync(RowKinds.Villages, "{ kind: { eq: COMMUNITY } }", v => v.Kind == VillageKind.Community, within: "150124"),
        ["Village.kind nin"] = h => h.AssertSameAsLinqAsync(RowKinds.Villages, "{ kind: { nin: [VILLAGE] } }", v => v.Kind != VillageKind.Village, within: "150124"),
        ["Branch.sector eq"] = h => h.AssertSameAsLinqAsync(RowKinds.Branches, "{ sector: { eq: RURAL } }", b => b.Sector == BranchSector.Rural, within: "150105"),
        ["Branch.sector nin"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Branches, "{ sector: { nin: [RURAL, COMMUNITY] } }", b => b.Sector is not (BranchSector.Rural or BranchSector.Community), within: "150105"),
        ["Branch.rating in"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Branches, "{ rating: { in: [STRONGEST, WEAK] } }", b => b.Rating is BranchRating.Strongest or BranchRating.Weak, within: "150105"),
        ["Branch.rating neq"] = h => h.AssertSameAsLinqAsync(RowKinds.Branches, "{ rating: { neq: STANDARD } }", b => b.Rating != BranchRating.Standard, within: "150105"),
        ["Member.status eq"] = h => h.AssertSameAsLinqAsync(RowKinds.Members, "{ status: { eq: PROBATIONARY } }", m => m.Status == MemberStatus.Probationary, within: "150124"),
        ["Member.gender neq"] = h => h.AssertSameAsLinqAsync(RowKinds.Members, "{ gender: { neq: MALE } }", m => m.Gender != Gender.Male, within: "150124"),
        ["Member.ethnicity in"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Members, "{ ethnicity: { in: [MONGOL, DAUR, EWENKI] } }", m => m.Ethnicity is Ethnicity.Mongol or Ethnicity.Daur or Ethnicity.Ewenki, within: "150124"),
        ["Member.education nin"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Members, "{ education: { nin: [PRIMARY, JUNIOR_SECONDARY] } }", m => m.Education is not (Education.Primary or Education.JuniorSecondary), within: "150124"),
        ["Member.occupation eq"] = h => h.AssertSameAsLinqAsync(
            RowKinds.Members, "{ occupation: { eq: FARMER_HERDER } }", m => m.Occupation == Occupation.FarmerHerder, within: "150124"),
    };

    private FilterHarness Harness => FilterHarness.Of(api);

    public static TheoryData<string> EnumOperations => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(EnumOperations))]
    public async Task Each_enum_operation_selects_the_rows_linq_selects(string operation)
    {
        var matched = await Cases[operation](Harness);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task In_with_every_value_of_the_enum_selects_every_row()
    {
        var selection = await Harness.SelectAsync(RowKinds.Banners, "{ kind: { in: [DISTRICT, COUNTY, COUNTY_LEVEL_CITY, BANNER, AUTONOMOUS_BANNER, STATISTICAL_ZONE] } }");

        Assert.Equal((await Harness.Rows.BannersAsync()).Count, selection.TotalCount);
    }

    [Fact]
    public async Task In_with_an_empty_list_selects_nothing_and_nin_everything()
    {
        var none = await Harness.CountAsync(RowKinds.Branches, "{ rating: { in: [] } }");
        var all = await Harness.CountAsync(RowKinds.Branches, "{ rating: { nin: [] } }");

        Assert.Equal(0, none);
        Assert.Equal((await Harness.Rows.BranchesAsync()).Count, all);
    }
}

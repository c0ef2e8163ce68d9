using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary><c>and</c>/<c>or</c> of filter objects, fields side by side, empty lists and absent filters.</summary>
public sealed class ObjectLogicFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    private FilterHarness Harness => FilterHarness.Of(api);

    [Fact]
    public async Task Object_and_requires_every_condition()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Banners,
            """{ and: [{ kind: { eq: BANNER } }, { name: { startsWith: "巴林" } }] }""",
            b => b.Kind == BannerKind.Banner && b.Name.StartsWith("巴林", Ordinal));

        Assert.Equal(2, matched.Count);
    }

    [Fact]
    public async Task Object_or_requires_any_condition()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Banners,
            """{ or: [{ kind: { eq: STATISTICAL_ZONE } }, { leagueCode: { eq: "152900" } }] }""",
            b => b.Kind == BannerKind.StatisticalZone || b.LeagueCode == "152900");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Fields_side_by_side_in_one_object_are_all_required()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Members,
            "{ gender: { eq: FEMALE }, status: { eq: PROBATIONARY }, isRetired: { eq: false } }",
            m => m.Gender == Gender.Female && m.Status == MemberStatus.Probationary && !m.IsRetired,
            within: "150124");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Or_nested_in_and_nested_in_or_combines_as_written()
    {
        const string Where = """
            {
              or: [
                { and: [{ sector: { eq: RURAL } }, { or: [{ rating: { eq: STRONGEST } }, { foundedOn: { lt: "1980-01-01" } }] }] },
                { and: [{ sector: { eq: PUBLIC_INSTITUTION } }, { ratedYear: { eq: 2025 } }, { name: { contains: "医院" } }] }
              ]
            }
            """;

        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches,
            Where,
            b => (b.Sector == BranchSector.Rural && (b.Rating == BranchRating.Strongest || b.FoundedOn < new DateOnly(1980, 1, 1)))
                || (b.Sector == BranchSector.PublicInstitution && b.RatedYear == 2025 && b.Name.Contains("医院", Ordinal)),
            within: "150105");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Object_or_beside_a_field_is_anded_with_it()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Townships,
            """{ bannerCode: { eq: "150121" }, or: [{ kind: { eq: TOWNSHIP } }, { name: { endsWith: "牧镇" } }] }""",
            t => t.BannerCode == "150121" && (t.Kind == TownshipKind.Township || t.Name.EndsWith("牧镇", Ordinal)));

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Empty_object_and_matches_every_row()
    {
        var count = await Harness.CountAsync(RowKinds.Townships, "{ and: [] }");

        Assert.Equal((await Harness.Rows.TownshipsAsync()).Count, count);
    }

    [Fact]
    public async Task Empty_object_or_matches_no_row()
    {
        var count = await Harness.CountAsync(RowKinds.Townships, "{ or: [] }");

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task An_empty_or_beside_other_conditions_still_matches_nothing()
    {
        var count = await Harness.CountAsync(RowKinds.Banners, """{ name: { startsWith: "科" }, or: [] }""");

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Or_of_an_empty_and_matches_every_row()
    {
        var count = await Harness.CountAsync(RowKinds.Banners, "{ or: [{ and: [] }, { kind: { eq: BANNER } }] }");

        Assert.Equal((await Harness.Rows.BannersAsync()).Count, count);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{ name: null }")]
    [InlineData("{ name: {} }")]
    public async Task An_absent_or_empty_filter_matches_every_row(string where)
    {
        var count = await Harness.CountAsync(RowKinds.Villages, where);

        Assert.Equal((await Harness.Rows.VillagesAsync()).Count, count);
    }

    [Fact]
    public async Task A_filter_and_within_both_apply()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, "{ kind: { eq: COMMUNITY } }", v => v.Kind == VillageKind.Community, within: "150124100");

        matched.AssertDiscriminates();
    }
}

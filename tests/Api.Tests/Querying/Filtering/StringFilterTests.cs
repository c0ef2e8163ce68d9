using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>StringOperationFilterInput: every operator on a non-null and on a nullable column, and its null semantics.</summary>
public sealed class StringFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    private static readonly Dictionary<string, (string Where, Func<Banner, bool> Expected)> BannerNameCases = new()
    {
        ["eq"] = ("""{ name: { eq: "新城区" } }""", b => b.Name == "新城区"),
        ["neq"] = ("""{ name: { neq: "新城区" } }""", b => b.Name != "新城区"),
        ["contains"] = ("""{ name: { contains: "尔" } }""", b => b.Name.Contains('尔', Ordinal)),
        ["ncontains"] = ("""{ name: { ncontains: "尔" } }""", b => !b.Name.Contains('尔', Ordinal)),
        ["in"] = ("""{ name: { in: ["新城区", "回民区", "不存在区"] } }""", b => b.Name is "新城区" or "回民区"),
        ["nin"] = ("""{ name: { nin: ["新城区", "回民区"] } }""", b => b.Name is not ("新城区" or "回民区")),
        ["startsWith"] = ("""{ name: { startsWith: "科尔沁" } }""", b => b.Name.StartsWith("科尔沁", Ordinal)),
        ["nstartsWith"] = ("""{ name: { nstartsWith: "科尔沁" } }""", b => !b.Name.StartsWith("科尔沁", Ordinal)),
        ["endsWith"] = ("""{ name: { endsWith: "旗" } }""", b => b.Name.EndsWith('旗')),
        ["nendsWith"] = ("""{ name: { nendsWith: "旗" } }""", b => !b.Name.EndsWith('旗')),
    };

    // No banner or league of the seeded data lacks an English name, so these show that the null
    // operators neither invent nor lose rows on a nullable column; members' registered community
    // codes below have real nulls.
    private static readonly Dictionary<string, (string Where, Func<Banner, bool> Expected)> BannerNameEnCases = new()
    {
        ["eq null"] = ("{ nameEn: { eq: null } }", b => b.NameEn == null),
        ["neq null"] = ("{ nameEn: { neq: null } }", b => b.NameEn != null),
        ["eq"] = ("""{ nameEn: { eq: "Ergun" } }""", b => b.NameEn == "Ergun"),
        ["ncontains"] = ("""{ nameEn: { ncontains: "Banner" } }""", b => b.NameEn is null || !b.NameEn.Contains("Banner", Ordinal)),
        ["nstartsWith"] = ("""{ nameEn: { nstartsWith: "Horqin" } }""", b => b.NameEn is null || !b.NameEn.StartsWith("Horqin", Ordinal)),
        ["nendsWith"] = ("""{ nameEn: { nendsWith: "District" } }""", b => b.NameEn is null || !b.NameEn.EndsWith("District", Ordinal)),
        ["in with null"] = ("""{ nameEn: { in: [null, "Ergun", "Genhe"] } }""", b => b.NameEn is null or "Ergun" or "Genhe"),
        ["nin with null"] = ("""{ nameEn: { nin: [null, "Ergun"] } }""", b => b.NameEn is not (null or "Ergun")),
    };

    private const string Community = "150124100009";

    private static readonly Dictionary<string, (string Where, Func<Member, bool> Expected)> RegisteredCommunityCases = new()
    {
        ["eq null"] = ("{ registeredCommunityCode: { eq: null } }", m => m.RegisteredCommunityCode == null),
        ["neq null"] = ("{ registeredCommunityCode: { neq: null } }", m => m.RegisteredCommunityCode != null),
        ["eq"] = ($$"""{ registeredCommunityCode: { eq: "{{Community}}" } }""", m => m.RegisteredCommunityCode == Community),
        ["neq"] = ($$"""{ registeredCommunityCode: { neq: "{{Community}}" } }""", m => m.RegisteredCommunityCode != Community),
        ["contains"] = ("""{ registeredCommunityCode: { contains: "1501241000" } }""", m => m.RegisteredCommunityCode?.Contains("1501241000", Ordinal) == true),
        ["ncontains"] = ("""{ registeredCommunityCode: { ncontains: "1501241000" } }""", m => m.RegisteredCommunityCode?.Contains("1501241000", Ordinal) != true),
        ["startsWith"] = ("""{ registeredCommunityCode: { startsWith: "150124" } }""", m => m.RegisteredCommunityCode?.StartsWith("150124", Ordinal) == true),
        ["nstartsWith"] = ("""{ registeredCommunityCode: { nstartsWith: "150124" } }""", m => m.RegisteredCommunityCode?.StartsWith("150124", Ordinal) != true),
        ["endsWith"] = ("""{ registeredCommunityCode: { endsWith: "09" } }""", m => m.RegisteredCommunityCode?.EndsWith("09", Ordinal) == true),
        ["nendsWith"] = ("""{ registeredCommunityCode: { nendsWith: "09" } }""", m => m.RegisteredCommunityCode?.EndsWith("09", Ordinal) != true),
        ["in with null"] = ($$"""{ registeredCommunityCode: { in: [null, "{{Community}}"] } }""", m => m.RegisteredCommunityCode is null or Community),
        ["nin"] = ($$"""{ registeredCommunityCode: { nin: ["{{Community}}"] } }""", m => m.RegisteredCommunityCode != Community),
        ["nin null"] = ("{ registeredCommunityCode: { nin: [null] } }", m => m.RegisteredCommunityCode != null),
    };

    private FilterHarness Harness => FilterHarness.Of(api);

    public static TheoryData<string> BannerNameOperators => [.. BannerNameCases.Keys];

    public static TheoryData<string> BannerNameEnOperators => [.. BannerNameEnCases.Keys];

    public static TheoryData<string> RegisteredCommunityOperators => [.. RegisteredCommunityCases.Keys];

    [Theory]
    [MemberData(nameof(BannerNameOperators))]
    public async Task Each_operator_on_a_non_null_name_selects_the_banners_linq_selects(string op)
    {
        var (where, expected) = BannerNameCases[op];

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Banners, where, expected);

        matched.AssertDiscriminates();
    }

    [Theory]
    [MemberData(nameof(BannerNameEnOperators))]
    public async Task Each_operator_on_a_nullable_english_name_selects_the_banners_linq_selects(string op)
    {
        var (where, expected) = BannerNameEnCases[op];

        await Harness.AssertSameAsLinqAsync(RowKinds.Banners, where, expected);
    }

    [Theory]
    [MemberData(nameof(RegisteredCommunityOperators))]
    public async Task Each_operator_on_a_column_with_nulls_selects_the_members_linq_selects(string op)
    {
        var (where, expected) = RegisteredCommunityCases[op];

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Members, where, expected, within: "150124");

        matched.AssertDiscriminates();
    }

    [Theory]
    [InlineData("contains", true)]
    [InlineData("startsWith", true)]
    [InlineData("endsWith", true)]
    [InlineData("ncontains", false)]
    [InlineData("nstartsWith", false)]
    [InlineData("nendsWith", false)]
    public async Task An_empty_pattern_is_part_of_every_name(string op, bool matchesEveryBanner)
    {
        var banners = await Harness.Rows.BannersAsync();

        var selection = await Harness.SelectAsync(RowKinds.Banners, $$"""{ name: { {{op}}: "" } }""");

        Assert.Equal(matchesEveryBanner ? banners.Count : 0, selection.TotalCount);
        Assert.Equal(matchesEveryBanner ? banners.Count : 0, selection.Keys.Count);
    }

    [Fact]
    public async Task EndsWith_a_value_longer_than_the_name_it_ends_with_matches_nothing()
    {
        var banners = await Harness.Rows.BannersAsync();

        var selection = await Harness.SelectAsync(RowKinds.Banners, """{ name: { endsWith: "内蒙古自治区呼和浩特市新城区" } }""");

        Assert.Contains(banners, b => b.Name == "新城区");
        Assert.Empty(selection.Keys);
    }
}

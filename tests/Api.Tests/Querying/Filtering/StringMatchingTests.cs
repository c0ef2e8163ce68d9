using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>String matching is ordinal: <c>%</c> and <c>_</c> are ordinary characters and case matters.</summary>
public sealed class StringMatchingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    private static readonly Dictionary<string, (string Where, Func<Village, bool> Expected)> WildcardCases = new()
    {
        ["contains %"] = ("""{ name: { contains: "%" } }""", v => v.Name.Contains('%', Ordinal)),
        ["contains _"] = ("""{ name: { contains: "_" } }""", v => v.Name.Contains('_', Ordinal)),
        ["startsWith %"] = ("""{ name: { startsWith: "%" } }""", v => v.Name.StartsWith('%')),
        ["startsWith _"] = ("""{ name: { startsWith: "_" } }""", v => v.Name.StartsWith('_')),
        ["endsWith %"] = ("""{ name: { endsWith: "%" } }""", v => v.Name.EndsWith('%')),
        ["endsWith _"] = ("""{ name: { endsWith: "_" } }""", v => v.Name.EndsWith('_')),
        ["eq %"] = ("""{ name: { eq: "%" } }""", v => v.Name == "%"),
        ["ncontains %"] = ("""{ name: { ncontains: "%" } }""", v => !v.Name.Contains('%', Ordinal)),
        ["nstartsWith _"] = ("""{ name: { nstartsWith: "_" } }""", v => !v.Name.StartsWith('_')),
    };

    private static readonly Dictionary<string, (string Where, Func<League, bool> Expected)> CaseSensitivityCases = new()
    {
        ["contains lower"] = ("""{ nameEn: { contains: "hohhot" } }""", l => l.NameEn?.Contains("hohhot", Ordinal) == true),
        ["contains proper"] = ("""{ nameEn: { contains: "Hohhot" } }""", l => l.NameEn?.Contains("Hohhot", Ordinal) == true),
        ["eq lower"] = ("""{ nameEn: { eq: "hohhot" } }""", l => l.NameEn == "hohhot"),
        ["in lower"] = ("""{ nameEn: { in: ["hohhot", "ordos"] } }""", l => l.NameEn is "hohhot" or "ordos"),
        ["startsWith upper"] = ("""{ nameEn: { startsWith: "HINGGAN" } }""", l => l.NameEn?.StartsWith("HINGGAN", Ordinal) == true),
        ["endsWith lower"] = ("""{ nameEn: { endsWith: "league" } }""", l => l.NameEn?.EndsWith("league", Ordinal) == true),
        ["endsWith proper"] = ("""{ nameEn: { endsWith: "League" } }""", l => l.NameEn?.EndsWith("League", Ordinal) == true),
        ["ncontains lower"] = ("""{ nameEn: { ncontains: "hohhot" } }""", l => l.NameEn?.Contains("hohhot", Ordinal) != true),
    };

    private FilterHarness Harness => FilterHarness.Of(api);

    public static TheoryData<string> WildcardPatterns => [.. WildcardCases.Keys];

    public static TheoryData<string> CaseSensitivityPatterns => [.. CaseSensitivityCases.Keys];

    [Theory]
    [MemberData(nameof(WildcardPatterns))]
    public async Task Percent_and_underscore_are_ordinary_characters(string pattern)
    {
        var (where, expected) = WildcardCases[pattern];

        await Harness.AssertSameAsLinqAsync(RowKinds.Villages, where, expected, within: "150124");
    }

    [Fact]
    public async Task Contains_percent_matches_no_village_because_no_name_has_one()
    {
        var villages = await Harness.Rows.VillagesAsync();

        var selection = await Harness.SelectAsync(RowKinds.Villages, """{ name: { contains: "%" } }""");

        Assert.DoesNotContain(villages, v => v.Name.Contains('%', Ordinal));
        Assert.Equal(0, selection.TotalCount);
        Assert.Empty(selection.Keys);
    }

    [Fact]
    public async Task Underscore_does_not_stand_for_a_single_character()
    {
        var banners = await Harness.Rows.BannersAsync();

        var selection = await Harness.SelectAsync(RowKinds.Banners, """{ name: { contains: "新_区" } }""");

        Assert.Contains(banners, b => b.Name == "新城区");
        Assert.Empty(selection.Keys);
    }

    [Fact]
    public async Task Percent_does_not_stand_for_a_run_of_characters()
    {
        var banners = await Harness.Rows.BannersAsync();

        var selection = await Harness.SelectAsync(RowKinds.Banners, """{ name: { startsWith: "科%旗" } }""");

        Assert.Contains(banners, b => b.Name.StartsWith('科') && b.Name.EndsWith('旗'));
        Assert.Empty(selection.Keys);
    }

    [Theory]
    [MemberData(nameof(CaseSensitivityPatterns))]
    public async Task Matching_english_names_is_case_sensitive(string pattern)
    {
        var (where, expected) = CaseSensitivityCases[pattern];

        await Harness.AssertSameAsLinqAsync(RowKinds.Leagues, where, expected);
    }

    [Fact]
    public async Task Lower_case_hohhot_finds_nothing_and_proper_case_finds_the_city()
    {
        var lower = await Harness.SelectAsync(RowKinds.Leagues, """{ nameEn: { contains: "hohhot" } }""");
        var proper = await Harness.SelectAsync(RowKinds.Leagues, """{ nameEn: { contains: "Hohhot" } }""");

        Assert.Empty(lower.Keys);
        Assert.Equal(["150100"], proper.Keys);
    }
}

using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>ListFilterInputTypeOf…: some, all, none and any over village committees and branch rectifications.</summary>
public sealed class ListFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Banner = "150124";

    private FilterHarness Harness => FilterHarness.Of(api);

    [Fact]
    public async Task Some_selects_villages_with_a_graduate_on_the_committee()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, "{ committee: { some: { source: { eq: GRADUATE } } } }",
            v => v.Committee.Any(c => c.Source == CommitteeSource.Graduate), within: Banner);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task None_selects_villages_without_a_graduate_on_the_committee()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, "{ committee: { none: { source: { eq: GRADUATE } } } }",
            v => !v.Committee.Any(c => c.Source == CommitteeSource.Graduate), within: Banner);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task All_selects_villages_whose_whole_committee_matches()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, "{ committee: { all: { education: { in: [ASSOCIATE, BACHELOR, POSTGRADUATE] } } } }",
            v => v.Committee.All(c => c.Education is Education.Associate or Education.Bachelor or Education.Postgraduate), within: Banner);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Some_with_two_conditions_needs_one_member_meeting_both()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, "{ committee: { some: { isPartySecretary: { eq: true }, isChair: { eq: true } } } }",
            v => v.Committee.Any(c => c.IsPartySecretary && c.IsChair), within: Banner);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Some_with_an_or_of_string_and_enum_conditions()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, """{ committee: { some: { or: [{ name: { startsWith: "王" } }, { gender: { eq: FEMALE }, source: { eq: VETERAN } }] } } }""",
            v => v.Committee.Any(c => c.Name.StartsWith('王') || (c.Gender == Gender.Female && c.Source == CommitteeSource.Veteran)), within: Banner);

        matched.AssertDiscriminates();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Any_tells_villages_with_a_committee_from_those_without(bool any)
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, $"{{ committee: {{ any: {(any ? "true" : "false")} }} }}", v => v.Committee.Count > 0 == any, within: Banner);

        // Every seeded village has a committee.
        Assert.Equal(any ? matched.Of : 0, matched.Count);
    }

    [Fact]
    public async Task Some_open_rectification_selects_exactly_the_weak_branches()
    {
        var branches = await Harness.Rows.BranchesAsync();

        var open = await Harness.SelectAsync(RowKinds.Branches, "{ rectifications: { some: { rectifiedYear: { eq: null } } } }");
        var weak = await Harness.SelectAsync(RowKinds.Branches, "{ rating: { eq: WEAK } }");

        FilterHarness.AssertSameKeys(branches.Where(b => b.Rectifications.Any(r => r.RectifiedYear is null)).Select(b => RowKinds.Key(b.Id)), open);
        FilterHarness.AssertSameKeys(branches.Where(b => b.Rating == BranchRating.Weak).Select(b => RowKinds.Key(b.Id)), open);
        Assert.Equal(weak.Keys.Order(), open.Keys.Order());
        Assert.NotEmpty(open.Keys);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Any_tells_branches_ever_listed_from_those_never_listed(bool any)
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches, $"{{ rectifications: {{ any: {(any ? "true" : "false")} }} }}", b => b.Rectifications.Count > 0 == any, within: "150105");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task All_rectified_includes_branches_never_listed()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches, "{ rectifications: { all: { rectifiedYear: { neq: null } } } }",
            b => b.Rectifications.All(r => r.RectifiedYear != null), within: "150105");

        var branches = await Harness.Rows.BranchesAsync();
        Assert.Equal(branches.Count(b => b.Rating != BranchRating.Weak), matched.Count);
        Assert.True(branches.Count(b => b.Rectifications.Count == 0) < matched.Count);
    }

    [Fact]
    public async Task None_listed_before_a_year_selects_branches_without_such_a_listing()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches, "{ rectifications: { none: { listedYear: { lt: 2020 } } } }",
            b => !b.Rectifications.Any(r => r.ListedYear < 2020), within: "150105");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Some_with_listed_and_rectified_years_needs_one_rectification_meeting_both()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches, "{ rectifications: { some: { listedYear: { gte: 2020 }, rectifiedYear: { ngt: 2022 } } } }",
            b => b.Rectifications.Any(r => r.ListedYear >= 2020 && !(r.RectifiedYear > 2022)));

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Operations_side_by_side_in_one_list_input_are_all_required()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches, "{ rectifications: { any: true, all: { rectifiedYear: { neq: null } }, some: { listedYear: { lt: 2016 } } } }",
            b => b.Rectifications.Count > 0 && b.Rectifications.All(r => r.RectifiedYear != null) && b.Rectifications.Any(r => r.ListedYear < 2016));

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task A_list_filter_combines_with_the_rows_own_fields()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Villages, "{ kind: { eq: COMMUNITY }, committee: { some: { source: { in: [RETURNEE, ENTREPRENEUR] } } } }",
            v => v.Kind == VillageKind.Community && v.Committee.Any(c => c.Source is CommitteeSource.Returnee or CommitteeSource.Entrepreneur),
            within: "150102");

        matched.AssertDiscriminates();
    }
}

using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary><c>and</c>/<c>or</c> inside operation inputs, operations side by side, and empty lists.</summary>
public sealed class OperationLogicFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    private FilterHarness Harness => FilterHarness.Of(api);

    [Fact]
    public async Task Operation_or_matches_either_pattern()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Banners,
            """{ name: { or: [{ startsWith: "科尔沁" }, { endsWith: "市" }] } }""",
            b => b.Name.StartsWith("科尔沁", Ordinal) || b.Name.EndsWith('市'));

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Operation_and_matches_both_patterns()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Banners,
            """{ name: { and: [{ startsWith: "科尔沁" }, { endsWith: "中旗" }] } }""",
            b => b.Name.StartsWith("科尔沁", Ordinal) && b.Name.EndsWith("中旗", Ordinal));

        Assert.Equal(2, matched.Count);
    }

    [Fact]
    public async Task Operations_side_by_side_in_one_input_are_all_required()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Members,
            """{ joinedOn: { gte: "2000-01-01", lt: "2010-01-01", neq: "2005-05-05" } }""",
            m => m.JoinedOn >= new DateOnly(2000, 1, 1) && m.JoinedOn < new DateOnly(2010, 1, 1) && m.JoinedOn != new DateOnly(2005, 5, 5),
            within: "150124");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Operation_or_nested_in_operation_and_combines_as_written()
    {
        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches,
            "{ foundedOn: { and: [{ gte: \"1980-01-01\" }, { or: [{ lt: \"1990-01-01\" }, { gte: \"2020-01-01\" }] }] } }",
            b => b.FoundedOn >= new DateOnly(1980, 1, 1) && (b.FoundedOn < new DateOnly(1990, 1, 1) || b.FoundedOn >= new DateOnly(2020, 1, 1)),
            within: "150105");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Empty_operation_and_matches_every_row()
    {
        var count = await Harness.CountAsync(RowKinds.Members, "{ name: { and: [] } }");

        Assert.Equal((await Harness.Rows.MembersAsync()).Count, count);
    }

    [Fact]
    public async Task Empty_operation_or_matches_no_row()
    {
        var count = await Harness.CountAsync(RowKinds.Members, "{ birthDate: { or: [] } }");

        Assert.Equal(0, count);
    }
}

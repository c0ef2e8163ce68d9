using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>DateOperationFilterInput: every comparison operator on founding, joining and birth dates.</summary>
public sealed class DateFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    // Dates some rows have exactly, so that gt and gte (lt and lte) differ.
    private static readonly DateOnly FoundedOn = new(2008, 11, 6);
    private static readonly DateOnly JoinedOn = new(2012, 11, 7);
    private static readonly DateOnly BornOn = new(1977, 3, 3);

    private FilterHarness Harness => FilterHarness.Of(api);

    public static TheoryData<string> ComparisonOperators => [.. Comparisons.Operators];

    [Theory]
    [MemberData(nameof(ComparisonOperators))]
    public async Task Each_operator_on_the_founding_date_selects_the_branches_linq_selects(string op)
    {
        var where = $"{{ foundedOn: {Comparisons.Literal(op, Quoted(FoundedOn))} }}";

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Branches, where, b => Comparisons.Holds(op, b.FoundedOn.CompareTo(FoundedOn)), within: "150105");

        matched.AssertDiscriminates();
    }

    [Theory]
    [MemberData(nameof(ComparisonOperators))]
    public async Task Each_operator_on_the_joining_date_selects_the_members_linq_selects(string op)
    {
        var where = $"{{ joinedOn: {Comparisons.Literal(op, Quoted(JoinedOn))} }}";

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Members, where, m => Comparisons.Holds(op, m.JoinedOn.CompareTo(JoinedOn)), within: "150124");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task A_birth_date_range_selects_the_members_born_in_it()
    {
        const string Where = """{ birthDate: { gte: "1977-03-03", lt: "1980-01-01" } }""";

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Members, Where, m => m.BirthDate >= BornOn && m.BirthDate < new DateOnly(1980, 1, 1), within: "150124");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task In_on_birth_dates_selects_members_born_on_any_of_them()
    {
        DateOnly[] days = [BornOn, new(1996, 2, 10), new(1901, 1, 1)];

        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Members, """{ birthDate: { in: ["1977-03-03", "1996-02-10", "1901-01-01"] } }""", m => days.Contains(m.BirthDate), within: "150124");

        matched.AssertDiscriminates();
    }

    private static string Quoted(DateOnly date) => $"\"{date:yyyy-MM-dd}\"";
}

using System.Globalization;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>IntOperationFilterInput on a non-null column, a nullable one (C# lifted semantics) and a nested connection.</summary>
public sealed class IntFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly Dictionary<string, (string Where, Func<Branch, bool> Expected)> RatedYearCases = new()
    {
        ["eq"] = ("{ ratedYear: { eq: 2026 } }", b => b.RatedYear == 2026),
        ["neq"] = ("{ ratedYear: { neq: 2026 } }", b => b.RatedYear != 2026),
        ["in"] = ("{ ratedYear: { in: [2026, 1999] } }", b => b.RatedYear is 2026 or 1999),
        ["nin"] = ("{ ratedYear: { nin: [2026, 1999] } }", b => b.RatedYear is not (2026 or 1999)),

        // A null in the list equals no value of a non-null column, as in C# (int?)x == null.
        ["in with null"] = ("{ ratedYear: { in: [null, 2026] } }", b => b.RatedYear == 2026),
        ["nin with null"] = ("{ ratedYear: { nin: [null, 2026] } }", b => b.RatedYear != 2026),
        ["gt"] = ("{ ratedYear: { gt: 2025 } }", b => b.RatedYear > 2025),
        ["ngt"] = ("{ ratedYear: { ngt: 2025 } }", b => !(b.RatedYear > 2025)),
        ["gte"] = ("{ ratedYear: { gte: 2026 } }", b => b.RatedYear >= 2026),
        ["ngte"] = ("{ ratedYear: { ngte: 2026 } }", b => !(b.RatedYear >= 2026)),
        ["lt"] = ("{ ratedYear: { lt: 2026 } }", b => b.RatedYear < 2026),
        ["nlt"] = ("{ ratedYear: { nlt: 2026 } }", b => !(b.RatedYear < 2026)),
        ["lte"] = ("{ ratedYear: { lte: 2025 } }", b => b.RatedYear <= 2025),
        ["nlte"] = ("{ ratedYear: { nlte: 2025 } }", b => !(b.RatedYear <= 2025)),
    };

    // AnnualServiceFund is null outside communities. C#'s lifted operators decide the expectations:
    // a null is neither greater nor less than anything, so every negated comparison includes it.
    private static readonly Dictionary<string, (string Where, Func<Village, bool> Expected)> ServiceFundCases = new()
    {
        ["eq null"] = ("{ annualServiceFund: { eq: null } }", v => v.AnnualServiceFund == null),
        ["neq null"] = ("{ annualServiceFund: { neq: null } }", v => v.AnnualServiceFund != null),
        ["eq"] = ("{ annualServiceFund: { eq: 100000 } }", v => v.AnnualServiceFund == 100000),
        ["neq"] = ("{ annualServiceFund: { neq: 100000 } }", v => v.AnnualServiceFund != 100000),
        ["in"] = ("{ annualServiceFund: { in: [100000, 5] } }", v => v.AnnualServiceFund is 100000 or 5),
        ["in with null"] = ("{ annualServiceFund: { in: [null, 5] } }", v => v.AnnualServiceFund is null or 5),
        ["nin"] = ("{ annualServiceFund: { nin: [100000] } }", v => v.AnnualServiceFund != 100000),
        ["gt"] = ("{ annualServiceFund: { gt: 50000 } }", v => v.AnnualServiceFund > 50000),
        ["ngt"] = ("{ annualServiceFund: { ngt: 50000 } }", v => !(v.AnnualServiceFund > 50000)),
        ["gte"] = ("{ annualServiceFund: { gte: 100000 } }", v => v.AnnualServiceFund >= 100000),
        ["ngte"] = ("{ annualServiceFund: { ngte: 100000 } }", v => !(v.AnnualServiceFund >= 100000)),
        ["lt"] = ("{ annualServiceFund: { lt: 200000 } }", v => v.AnnualServiceFund < 200000),
        ["nlt"] = ("{ annualServiceFund: { nlt: 200000 } }", v => !(v.AnnualServiceFund < 200000)),
        ["lte"] = ("{ annualServiceFund: { lte: 100000 } }", v => v.AnnualServiceFund <= 100000),
        ["nlte"] = ("{ annualServiceFund: { nlte: 100000 } }", v => !(v.AnnualServiceFund <= 100000)),
    };

    private FilterHarness Harness => FilterHarness.Of(api);

    public static TheoryData<string> RatedYearOperators => [.. RatedYearCases.Keys];

    public static TheoryData<string> ServiceFundOperators => [.. ServiceFundCases.Keys];

    public static TheoryData<string> ComparisonOperators => [.. Comparisons.Operators];

    [Theory]
    [MemberData(nameof(RatedYearOperators))]
    public async Task Each_operator_on_rated_year_selects_the_branches_linq_selects(string op)
    {
        var (where, expected) = RatedYearCases[op];

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Branches, where, expected, within: "150105");

        matched.AssertDiscriminates();
    }

    [Theory]
    [MemberData(nameof(ServiceFundOperators))]
    public async Task Each_operator_on_a_nullable_fund_follows_lifted_null_semantics(string op)
    {
        var (where, expected) = ServiceFundCases[op];

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Villages, where, expected, within: "150124");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Not_greater_than_includes_villages_without_a_fund()
    {
        var villages = await Harness.Rows.VillagesAsync();

        var count = await Harness.CountAsync(RowKinds.Villages, "{ annualServiceFund: { ngt: 50000 } }");

        var withoutFund = villages.Count(v => v.AnnualServiceFund is null);
        Assert.True(withoutFund > 0);
        Assert.Equal(withoutFund + villages.Count(v => v.AnnualServiceFund <= 50000), count);
    }

    [Theory]
    [MemberData(nameof(ComparisonOperators))]
    public async Task Each_operator_on_meeting_attendance_filters_every_branchs_meetings(string op)
    {
        const int Attendance = 12;
        var branches = (await Harness.Rows.BranchesAsync()).Where(b => b.VillageCode.StartsWith("150124", StringComparison.Ordinal)).ToList();
        var meetings = (await Harness.Rows.MeetingsAsync()).ToLookup(m => m.BranchId);
        var literal = Comparisons.Literal(op, Attendance.ToString(CultureInfo.InvariantCulture));

        var data = await Harness.DataAsync($$"""
            {
              branches(within: "150124", first: 50) {
                pageInfo { hasNextPage }
                nodes { id meetings(where: { attendance: {{literal}} }, first: 50) { totalCount nodes { kind heldOn attendance } } }
              }
            }
            """);

        var connection = data.GetProperty("branches");
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(branches.Select(b => RowKinds.Key(b.Id)).Order(), nodes.Select(n => RowKinds.KeyOf(n.GetProperty("id").GetString()!, "Branch")).Order());
        var matchedAny = 0;
        foreach (var node in nodes)
        {
            var id = long.Parse(RowKinds.KeyOf(node.GetProperty("id").GetString()!, "Branch"), CultureInfo.InvariantCulture);
            var expected = meetings[id].Where(m => Comparisons.Holds(op, m.Attendance.CompareTo(Attendance))).Select(Describe).Order().ToList();
            var actual = node.GetProperty("meetings");
            Assert.Equal(expected.Count, actual.GetProperty("totalCount").GetInt32());
            Assert.Equal(expected, actual.GetProperty("nodes").EnumerateArray().Select(Describe).Order().ToList());
            matchedAny += expected.Count;
        }

        Assert.InRange(matchedAny, 1, branches.Sum(b => meetings[b.Id].Count()) - 1);
    }

    private static string Describe(Meeting meeting) =>
        $"{meeting.HeldOn:yyyy-MM-dd} {EnumNames.Of(meeting.Kind)} {meeting.Attendance}";

    private static string Describe(JsonElement meeting) =>
        $"{meeting.GetProperty("heldOn").GetString()} {meeting.GetProperty("kind").GetString()} {meeting.GetProperty("attendance").GetInt32()}";
}

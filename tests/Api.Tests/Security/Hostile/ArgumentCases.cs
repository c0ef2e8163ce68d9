using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Variables of the wrong type (INVALID_VALUE, rule 5.8), integers that do not fit an Int (literal: ARGUMENTS_OF_CORRECT_TYPE;
/// variable: INVALID_VALUE), and paging arguments out of range (HC0079 below 0, HC0051 over 50, INVALID_PAGING_ARGUMENTS).
/// </summary>
public static class ArgumentCases
{
    private const string InvalidValue = "INVALID_VALUE";
    private const string WrongLiteral = "ARGUMENTS_OF_CORRECT_TYPE";
    private const string FirstVariable = "query($n: Int) { banners(first: $n) { totalCount } }";
    private const string NodeVariable = "query($id: ID!) { node(id: $id) { id } }";

    public static CaseList Variables { get; } = new CaseList("variables")
        .Refused("a string for an Int", _ => Query(FirstVariable, new { n = "five" }), 400, InvalidValue)
        .Refused("a fraction for an Int", _ => Query(FirstVariable, new { n = 1.5 }), 400, InvalidValue)
        .Refused("an array for an Int", _ => Query(FirstVariable, new { n = new[] { 1 } }), 400, InvalidValue)
        .Refused("an object for an ID", _ => Query(NodeVariable, new { id = new { a = 1 } }), 400, InvalidValue)
        .Refused("null for a non-null variable", _ => Json($"{{\"query\":\"{NodeVariable}\",\"variables\":{{\"id\":null}}}}"), 400, InvalidValue,
            answer => Assert.Contains("Received a null input for a non-null variable", answer.Message, StringComparison.Ordinal))
        .Refused("no value for a non-null variable", _ => Query(NodeVariable, new { }), 400, InvalidValue,
            answer => Assert.Contains("No value provided for a non-null variable", answer.Message, StringComparison.Ordinal))
        .Refused("a boolean for a String", _ => Query("query($c: String!) { division(code: $c) { code } }", new { c = true }), 400, InvalidValue)
        .Refused("an unknown enum value in a list", _ => Query(
                "query($k: [ChangeKind!]) { changes(scope: \"150000\", kinds: $k) { totalCount } }", new { k = new[] { "MEMBER_EXITED", "DROP_TABLE" } }),
            400, InvalidValue)
        .Refused("an unknown field in an input object variable", _ => Query(
                "query($w: BannerFilterInput) { banners(where: $w) { totalCount } }", new { w = new { code = new { eq = "1" }, sql = "1=1" } }),
            400, InvalidValue)
        .Refused("a variable used but never declared", _ => Query("{ banners(first: $n) { totalCount } }"), 400, "NO_UNDEFINED_VARIABLES")
        .Refused("a String variable where an Int goes", _ => Query("query($n: String) { banners(first: $n) { totalCount } }", new { n = "5" }),
            400, "VARIABLES_IN_ALLOWED_POSITION");

    public static CaseList Overflow { get; } = new CaseList("integer-overflow")
        .Refused("first: 2147483648 written in the query", _ => Query("{ banners(first: 2147483648) { totalCount } }"), 400, WrongLiteral)
        .Refused("first: -2147483649 written in the query", _ => Query("{ banners(first: -2147483649) { totalCount } }"), 400, WrongLiteral)
        .Refused("first: 1e40 written in the query", _ => Query("{ banners(first: 1e40) { totalCount } }"), 400, WrongLiteral)
        .Refused("first: 30 nines written in the query", _ => Query($"{{ banners(first: {new string('9', 30)}) {{ totalCount }} }}"), 400, WrongLiteral)
        .Refused("first: 2147483648 in a variable", _ => Json($"{{\"query\":\"{FirstVariable}\",\"variables\":{{\"n\":2147483648}}}}"), 400, InvalidValue)
        .Refused("first: 1e40 in a variable", _ => Json($"{{\"query\":\"{FirstVariable}\",\"variables\":{{\"n\":1e40}}}}"), 400, InvalidValue)
        .Refused("first: a 400-digit number in a variable", _ => Json($"{{\"query\":\"{FirstVariable}\",\"variables\":{{\"n\":{new string('9', 400)}}}}}"), 400, InvalidValue);

    public static CaseList Paging { get; } = new CaseList("paging")
        .Refused("first: -1", _ => Query("{ banners(first: -1) { totalCount } }"), 200, "HC0079", ("requestedItems", -1))
        .Refused("last: -5", _ => Query("{ banners(last: -5) { totalCount } }"), 200, "HC0079", ("requestedItems", -5))
        .Refused("first: the smallest Int", _ => Query("{ banners(first: -2147483648) { totalCount } }"), 200, "HC0079", ("requestedItems", int.MinValue))
        .Refused("negative first in a nested connection", _ => Query("{ region { leagues(first: -3) { totalCount } } }"), 200, "HC0079", ("requestedItems", -3))
        .Refused("first and last together", _ => Query("{ banners(first: 2, last: 2) { totalCount } }"), 200, "INVALID_PAGING_ARGUMENTS")
        .Refused("first: 51", _ => Query("{ banners(first: 51) { totalCount } }"), 400, "HC0051",
            ("requestedItems", 51), ("maxAllowedItems", 50), ("field", "Query.banners"))
        .Refused("first: the largest Int", _ => Query("{ members(first: 2147483647) { totalCount } }"), 400, "HC0051",
            ("requestedItems", int.MaxValue), ("maxAllowedItems", 50), ("field", "Query.members"))
        .Refused("last: 100000", _ => Query("{ villages(last: 100000) { totalCount } }"), 400, "HC0051",
            ("requestedItems", 100_000), ("maxAllowedItems", 50), ("field", "Query.villages"))
        .Refused("first: 51 in a variable", _ => Query(FirstVariable, new { n = 51 }), 400, "HC0051",
            ("requestedItems", 51), ("maxAllowedItems", 50), ("field", "Query.banners"))
        .Refused("first: 51 on a nested connection", _ => Query("{ region { leagues(first: 51) { totalCount } } }"), 400, "HC0051",
            ("requestedItems", 51), ("maxAllowedItems", 50), ("field", "Region.leagues"));
}

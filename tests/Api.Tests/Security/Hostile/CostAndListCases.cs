using System.Globalization;
using System.Text;
using System.Text.Json;
using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Cost bombs past MaxFieldCost / MaxTypeCost (1000, HC0047), refused at validation with the estimate; and huge
/// lists: <c>nodes(ids:)</c> past Paging:MaxNodeIds (HC0076) and list arguments of up to 100 000 elements.
/// </summary>
public static class CostAndListCases
{
    private const string CostCode = "HC0047";

    private static string Ids(int count) => JsonSerializer.Serialize(
        Enumerable.Range(0, count).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"League:15{i % 100:00}00"))));

    public static CaseList Cost { get; } = new CaseList("cost")
        .Refused("three nested connections of 50", _ => Query(
                "{ leagues(first: 50) { nodes { banners(first: 50) { nodes { townships(first: 50) { nodes { code } } } } } } }"),
            400, CostCode, ("fieldCost", 28_061), ("maxFieldCost", 1000))
        .Refused("two nested connections of 50 objects each", _ => Query("{ leagues(first: 50) { nodes { banners(first: 50) { nodes { code name } } } } }"),
            400, CostCode, ("typeCost", 2601), ("maxTypeCost", 1000))
        .Refused("four nested connections at the default page size", _ => Query(
                "{ leagues { nodes { banners { nodes { townships { nodes { villages { nodes { code } } } } } } } } }"),
            400, CostCode, ("fieldCost", 12_221), ("maxFieldCost", 1000))
        .Refused("nested connections hidden in fragments", _ => Query(
                "{ ...Q } fragment Q on Query { leagues(first: 50) { nodes { ...L } } } " +
                "fragment L on League { banners(first: 50) { nodes { townships(first: 50) { nodes { code } } } } }"),
            400, CostCode, ("fieldCost", 28_061), ("maxFieldCost", 1000))
        .Refused("20 aliased root connections of 50", _ => Query(
                "{ " + string.Join(' ', Enumerable.Range(1, 20).Select(i => $"a{i}: banners(first: 50) {{ nodes {{ code }} }}")) + " }"),
            400, CostCode, ("typeCost", 1020), ("maxTypeCost", 1000))
        .Refused("50 node IDs each opening a connection of 50", _ => Query(
                "query($ids: [ID!]!) { nodes(ids: $ids) { ... on League { banners(first: 50) { nodes { code } } } } }",
                new Dictionary<string, object?> { ["ids"] = JsonSerializer.Deserialize<string[]>(Ids(50)) }),
            400, CostCode, ("typeCost", 2600), ("maxTypeCost", 1000));

    public static CaseList Lists { get; } = new CaseList("huge-lists")
        .Refused("51 node IDs in a variable", _ => Json($"{{\"query\":\"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ id }} }}\",\"variables\":{{\"ids\":{Ids(51)}}}}}"),
            400, "HC0076", ("requestedNodes", 51), ("maxAllowedNodes", 50))
        .Refused("51 node IDs written in the query", _ => Query($"{{ nodes(ids: {Ids(51)}) {{ id }} }}"),
            400, "HC0076", ("requestedNodes", 51), ("maxAllowedNodes", 50))
        .Refused("100 000 node IDs", _ => Json($"{{\"query\":\"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ id }} }}\",\"variables\":{{\"ids\":[{"\"x\"".Times(100_000).Replace(' ', ',')}]}}}}"),
            400, "HC0076", ("requestedNodes", 100_000), ("maxAllowedNodes", 50))
        .Refused("100 000 codes in an 'in' filter", _ => Query(
                "query($codes: [String]) { banners(where: { code: { in: $codes } }) { totalCount } }",
                new { codes = Enumerable.Range(0, 100_000).Select(i => (i % 10).ToString(CultureInfo.InvariantCulture)) }),
            200, "INVALID_FILTER", ("terms", 100_002), ("maxTerms", 1000))
        .Refused("20 000 conditions joined by 'or'", _ => Query(
                "query($where: BannerFilterInput) { banners(where: $where) { totalCount } }",
                new { where = new { or = Enumerable.Range(0, 20_000).Select(i => new { code = new { eq = "1" } }) } }),
            200, "INVALID_FILTER", ("terms", 60_001), ("maxTerms", 1000))
        .Refused("100 000 empty objects under 'and'", _ => Json(
                $"{{\"query\":\"{{ banners(where: {{ and: [{"{}".Times(100_000)}] }}) {{ totalCount }} }}\"}}"),
            200, "INVALID_FILTER", ("terms", 100_001), ("maxTerms", 1000))
        .Answered("998 codes in an 'in' filter, at the limit", _ => Query(
                "query($codes: [String]) { banners(where: { code: { in: $codes } }) { totalCount } }",
                new { codes = Enumerable.Range(0, 998).Select(i => (150_100 + i).ToString(CultureInfo.InvariantCulture)) }),
            (api, data) =>
            {
                using var db = api.OpenDatabase();
                var expected = db.Banners.AsEnumerable().Count(b => int.Parse(b.Code, CultureInfo.InvariantCulture) is >= 150_100 and < 151_098);
                Assert.Equal(expected, data.Int("banners", "totalCount"));
            })
        .Answered("50 000 sort steps on one field", _ => Query(
                "query($order: [BannerSortInput!]) { banners(order: $order, first: 2) { nodes { code } } }",
                new { order = Enumerable.Repeat(new { code = "DESC" }, 50_000) }),
            (api, data) =>
            {
                using var db = api.OpenDatabase();
                var expected = db.Banners.Select(b => b.Code).AsEnumerable().OrderDescending(StringComparer.Ordinal).Take(2);
                Assert.Equal(expected, data.GetProperty("banners").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
            })
        .Answered("60 000 change kinds", _ => Query(
                "query($kinds: [ChangeKind!]) { changes(scope: \"150000\", first: 1, kinds: $kinds) { totalCount } }",
                new { kinds = Enumerable.Repeat("MEMBER_EXITED", 60_000) }),
            (_, data) => Assert.Equal(JsonValueKind.Number, data.GetProperty("changes").GetProperty("totalCount").ValueKind));
}

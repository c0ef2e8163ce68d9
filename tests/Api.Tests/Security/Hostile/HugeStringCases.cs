using System.Text.Json;
using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Strings of 900 KB (inside the 1 MiB body limit) where the API takes text. They travel as SQL parameters and are
/// answered at once with what they match, which is nothing (or everything, for a negated match); IDs and cursors
/// are echoed in errors cut to 100 characters.
/// </summary>
public static class HugeStringCases
{
    private static readonly string Huge = new('x', 900_000);

    private static HttpRequestMessage MemberFilter(string operation) =>
        Query($"query($text: String) {{ members(where: {{ name: {{ {operation}: $text }} }}) {{ totalCount }} }}", new { text = Huge });

    private static string FirstVillage(HostileApiFactory api)
    {
        using var db = api.OpenDatabase();
        return db.Villages.OrderBy(v => v.Code).Select(v => v.Code).First();
    }

    private static void Count(JsonElement data, string connection, int expected) => Assert.Equal(expected, data.Int(connection, "totalCount"));

    public static CaseList All { get; } = new CaseList("huge-strings")
        .Answered("900 KB 'contains' over every member's name", _ => MemberFilter("contains"), (_, data) => Count(data, "members", 0))
        .Answered("900 KB 'endsWith' over every member's name", _ => MemberFilter("endsWith"), (_, data) => Count(data, "members", 0))
        .Answered("900 KB 'startsWith' over every member's name", _ => MemberFilter("startsWith"), (_, data) => Count(data, "members", 0))
        .Answered("900 KB 'ncontains' matches every member", _ => MemberFilter("ncontains"), (api, data) =>
        {
            using var db = api.OpenDatabase();
            Count(data, "members", db.Members.Count());
        })
        .Answered("900 KB 'eq' written in the query text", _ => Query($"{{ banners(where: {{ nameEn: {{ eq: \"{Huge}\" }} }}) {{ totalCount }} }}"),
            (_, data) => Count(data, "banners", 0))
        .Answered("900 KB 'in' element beside a real code: only the real one matches", api => Query(
                "query($codes: [String]) { villages(where: { code: { in: $codes } }) { totalCount } }", new { codes = new[] { Huge, FirstVillage(api) } }),
            (_, data) => Count(data, "villages", 1))
        .Answered("900 KB division code", _ => Query("query($code: String!) { division(code: $code) { code } }", new { code = Huge }),
            (_, data) => Assert.Equal(JsonValueKind.Null, data.GetProperty("division").ValueKind))
        .Refused("900 KB 'within' code is an unknown division, echoed cut to 20 characters", _ => Query(
                "query($code: String) { banners(within: $code) { totalCount } }", new { code = Huge }),
            200, "UNKNOWN_DIVISION", ("within", new string('x', 20)))
        .Answered("900 KB comment in the query", _ => Query($"{{ region {{ code }} }} #{Huge}"),
            (_, data) => Assert.Equal("150000", data.GetProperty("region").GetProperty("code").GetString()))
        .Refused("900 KB field name", _ => Query($"{{ region {{ {Huge} }} }}"), 400, "FIELDS_ON_CORRECT_TYPE")
        .Refused("900 KB operation name that is not in the document", _ => Query("{ region { code } }", operationName: Huge), 400, "INVALID_OPERATION_NAME")
        .Refused("900 KB cursor is echoed cut to 100 characters", _ => Query(
                "query($cursor: String) { banners(after: $cursor) { totalCount } }", new { cursor = Huge }),
            200, "HC0078", ("cursor", new string('x', 100)))
        .Refused("900 KB node ID is echoed cut to 100 characters", _ => Query("query($id: ID!) { node(id: $id) { id } }", new { id = Huge }),
            200, "INVALID_NODE_ID", ("id", new string('x', 100)));
}

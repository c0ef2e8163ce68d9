using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Forged cursors (HC0078, the cursor echoed cut to 100 characters) and forged global IDs (INVALID_NODE_ID; an ID of a
/// type the API does not have, or of nothing, is simply not found).
/// </summary>
public static class ForgedIdentifierCases
{
    private const string CursorCode = "HC0078";
    private const string IdCode = "INVALID_NODE_ID";

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static HttpRequestMessage After(string connection, string cursor) =>
        Query($"query($cursor: String) {{ {connection}(after: $cursor, first: 2) {{ totalCount edges {{ cursor }} }} }}", new { cursor });

    private static HttpRequestMessage Node(string id) => Query("query($id: ID!) { node(id: $id) { id } }", new { id });

    private static void NodeIsNull(HostileApiFactory _, JsonElement data) => Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);

    public static CaseList Cursors { get; } = new CaseList("cursors")
        .Refused("64 random-looking bytes in base64", _ => After("banners", Convert.ToBase64String(SHA512.HashData("hostile"u8))), 200, CursorCode)
        .Refused("a global ID used as a cursor", _ => After("banners", Base64("Banner:150102")), 200, CursorCode, ("cursor", Base64("Banner:150102")))
        .Refused("not base64 at all", _ => After("banners", "not a cursor!"), 200, CursorCode, ("cursor", "not a cursor!"))
        .Refused("a member cursor on banners", _ => After("banners", Base64("{\"Fields\":[\"id\"],\"Values\":[1]}")), 200, CursorCode)
        .Refused("a banner cursor on members", _ => After("members", Base64("{\"Fields\":[\"id\"],\"Values\":[\"150102\"]}")), 200, CursorCode)
        .Refused("a cursor value of the wrong type", _ => After("banners", Base64("{\"Fields\":[\"id\"],\"Values\":[{\"x\":1}]}")), 200, CursorCode)
        .Refused("a cursor with a number too large for a key", _ => After("members", Base64("{\"Fields\":[\"id\"],\"Values\":[1e300]}")), 200, CursorCode)
        .Refused("a cursor whose JSON nests 2000 deep", _ => After("members", Base64($"{{\"Fields\":[\"id\"],\"Values\":[{Nested("[", "", "]", 2000)}]}}")),
            200, CursorCode)
        .Refused("a 120 000-character cursor", _ => After("banners", new string('Q', 120_000)), 200, CursorCode, ("cursor", new string('Q', 100)))
        .Refused("a change-log position that is not a number", _ => Query("{ changes(scope: \"150000\", first: 1, after: \"1; DROP TABLE ChangeEvents\") { totalCount } }"),
            200, CursorCode)
        .Answered("a well-formed forged cursor past the end: an empty page", _ => After("banners", Base64("{\"Fields\":[\"id\"],\"Values\":[\"999999\"]}")),
            (api, data) =>
            {
                using var db = api.OpenDatabase();
                Assert.Equal(db.Banners.Count(), data.Int("banners", "totalCount"));
                Assert.Equal(0, data.GetProperty("banners").GetProperty("edges").GetArrayLength());
            });

    public static CaseList NodeIds { get; } = new CaseList("node-ids")
        .Refused("not base64", _ => Node("not base64!"), 200, IdCode, ("id", "not base64!"))
        .Refused("empty", _ => Node(""), 200, IdCode, ("id", ""))
        .Refused("no type before the colon", _ => Node(Base64(":1")), 200, IdCode)
        .Refused("no key after the colon", _ => Node(Base64("Member:")), 200, IdCode)
        .Refused("Member with a non-numeric key", _ => Node(Base64("Member:abc")), 200, IdCode,
            answer => Assert.Equal($"The ID '{Base64("Member:abc")}' is not the ID of a Member.", answer.Message))
        .Refused("Member with a negative key", _ => Node(Base64("Member:-1")), 200, IdCode)
        .Refused("Member with a key beyond a long", _ => Node(Base64("Member:99999999999999999999")), 200, IdCode)
        .Refused("Branch key carrying SQL", _ => Node(Base64("Branch:1 OR 1=1")), 200, IdCode)
        .Refused("Member key of invalid UTF-8 bytes", _ => Node(Convert.ToBase64String([.. Encoding.UTF8.GetBytes("Member:"), 0xFF, 0xFE])), 200, IdCode)
        .Refused("an absurdly long Member ID is echoed cut to 100 characters", _ => Node(Base64("Member:" + new string('1', 600_000))),
            200, IdCode, ("id", Base64("Member:" + new string('1', 600_000))[..100]))
        .Refused("one bad ID among good ones in nodes", _ => Query($"{{ nodes(ids: [\"{Base64("Banner:150102")}\", \"bad!\"]) {{ id }} }}"), 200, IdCode,
            answer => Assert.Equal(JsonValueKind.Null, answer.Data.ValueKind))
        .Refused("a Member ID carrying SQL in a filter", _ => Query($"{{ members(where: {{ id: {{ eq: \"{Base64("Member:1 OR 1=1")}\" }} }}) {{ totalCount }} }}"),
            200, IdCode)
        .Answered("an unknown type prefix is not found", _ => Node(Base64("Nope:1")), NodeIsNull)
        .Answered("a division ID under another division type is not found", _ => Node(Base64("League:150102")), NodeIsNull)
        .Answered("a Village ID with a 600 000-digit code is not found", _ => Node(Base64("Village:" + new string('1', 600_000))), NodeIsNull);
}

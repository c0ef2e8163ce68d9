using System.Text;

namespace PartyOrg.Benchmarks.Security;

/// <summary>The representative queries whose price of protection is measured.</summary>
public static class SecurityQueries
{
    private const string Figures = "stats { memberCount womenShare strongestBranchShare }";

    /// <summary>The region, its 12 leagues and the first 20 banners, each with three figures. Anonymous callers may read all of it.</summary>
    public static string Dashboard { get; } =
        $"{{ region {{ code name {Figures} }} leagues(first: 12) {{ nodes {{ code name {Figures} }} }} banners(first: 20) {{ nodes {{ code name {Figures} }} }} }}";

    /// <summary>The first 20 branches of one banner with their first 10 members each; members need a partner key.</summary>
    public static string Branches(string banner) =>
        $"{{ branches(within: \"{banner}\", first: 20) {{ totalCount nodes {{ id name sector rating members(first: 10) {{ nodes {{ id name joinedOn }} }} }} }} }}";

    /// <summary>A village by its global ID, with its township: identity fields anyone may read.</summary>
    public const string Node = "query($id: ID!) { node(id: $id) { id ... on Village { code name township { code name } } } }";

    /// <summary>The admin's look-up of a village of the banner for <see cref="Node"/>, and a check that the banner has branches with members.</summary>
    public static string Fixtures(string banner) => $"{{ villages(within: \"{banner}\", first: 1) {{ nodes {{ id code }} }} }}";
}

/// <summary>One hostile request: what it is, its body, the key it goes with (null: anonymous), and the refusal it should get.</summary>
public sealed record Hostile(string Name, byte[] Body, string? Key, int ExpectedStatus, string ExpectedCode);

/// <summary>Requests the limits must refuse before execution, each just past one limit of the default configuration.</summary>
public static class HostileRequests
{
    public static IReadOnlyList<Hostile> All(string unknownKey) =>
    [
        new("accepted baseline: { region { code } }", SecurityClient.Body("{ region { code } }"), null, 200, ""),
        new("depth 21 (19 nested parent)", SecurityClient.Body($"{{ region {{ {Nested("parent { ", "code", " }", 19)} }} }}"), null, 400, "MAX_EXECUTION_DEPTH_EXCEEDED"),
        new("41 aliases", SecurityClient.Body($"{{ region {{ {Repeat(41, i => $"a{i}: code")} }} }}"), null, 400, "MAX_ALIASES_EXCEEDED"),
        new("2001 fields: fragment bomb 10x10x10x2", SecurityClient.Body($"{{ region {{ ...F3 }} }} {Bomb()}"), null, 400, "MAX_FIELDS_EXCEEDED"),
        new("cost bomb: 3 nested connections, first: 50", SecurityClient.Body(
            "{ leagues(first: 50) { nodes { banners(first: 50) { nodes { townships(first: 50) { nodes { code } } } } } } }"), null, 400, "HC0047"),
        new("50 000 repeated @include (900 KB)", SecurityClient.Body($"{{ region {Repeat(50_000, _ => "@include(if: true)")} {{ code }} }}"), null, 400, "MAX_DOCUMENT_NODES_EXCEEDED"),
        new("60 000 unused variables", SecurityClient.Body($"query({Repeat(60_000, i => $"$v{i}: Int")}) {{ region {{ code }} }}"), null, 400, "MAX_DOCUMENT_NODES_EXCEEDED"),
        new("nodes(ids:) with 51 ids", SecurityClient.Body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Ids(51) }), null, 400, "HC0076"),
        new("unknown well-formed API key (same key each time)", SecurityClient.Body("{ region { code } }"), unknownKey, 401, "AUTH_NOT_AUTHENTICATED"),
        new("page size over the limit: banners(first: 51)", SecurityClient.Body("{ banners(first: 51) { totalCount } }"), null, 400, "HC0051"),
    ];

    /// <summary>A key of the service's shape (<c>pok_</c>, 12 base32 characters, <c>_</c>, 43 characters) that no one was given.</summary>
    public static string RandomKey(Random random)
    {
        const string base32 = "abcdefghijklmnopqrstuvwxyz234567";
        const string base64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return $"pok_{new string(random.GetItems(base32.AsSpan(), 12))}_{new string(random.GetItems(base64Url.AsSpan(), 43))}";
    }

    /// <summary>F0 selects two fields; F1..F3 each spread the one below ten times: 2 000 fields, plus <c>region</c>.</summary>
    private static string Bomb() =>
        "fragment F0 on Region { code name } " +
        string.Join(' ', Enumerable.Range(1, 3).Select(i => $"fragment F{i} on Region {{ {Repeat(10, _ => $"...F{i - 1}")} }}"));

    private static string[] Ids(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"League:15{i % 12 + 1:00}00")))];

    private static string Repeat(int count, Func<int, string> part) => string.Join(' ', Enumerable.Range(0, count).Select(part));

    private static string Nested(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    /// <summary>The size of a body for the table.</summary>
    public static string Size(byte[] body) => body.Length >= 10_000 ? $"{body.Length / 1024.0:0} KB" : $"{body.Length} B";
}

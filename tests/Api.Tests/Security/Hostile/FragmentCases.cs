using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Fragment bombs (fragments spreading others many times, past Security:Limits:MaxFields 2000 once expanded; measured
/// in linear time) and fragment cycles (GraphQL.NET's own validation: NO_FRAGMENT_CYCLES, rule 5.5.2.2).
/// </summary>
public static class FragmentCases
{
    private const string FieldsCode = "MAX_FIELDS_EXCEEDED";
    private const string CycleCode = "NO_FRAGMENT_CYCLES";

    /// <summary>F0 selects <paramref name="leaf"/>; each F<i>i</i> spreads F<i>i-1</i> <paramref name="fanOut"/> times, up to F<paramref name="levels"/>.</summary>
    private static string Bomb(string type, string leaf, int levels, int fanOut) =>
        $"fragment F0 on {type} {{ {leaf} }} " +
        string.Join(' ', Enumerable.Range(1, levels).Select(i => $"fragment F{i} on {type} {{ {$"...F{i - 1}".Times(fanOut)} }}"));

    public static CaseList Bombs { get; } = new CaseList("fragment-bombs")
        .Refused("five levels of ten spreads", _ => Query($"{{ region {{ ...F5 }} }} {Bomb("Region", "code name nameEn", 5, 10)}"),
            400, FieldsCode, ("fields", 300_001), ("maxFields", 2000))
        .Refused("64 levels of doubling: 2^64 fields, measured without expanding", _ => Query($"{{ region {{ ...F64 }} }} {Bomb("Region", "code", 64, 2)}"),
            400, FieldsCode, ("fields", Math.Pow(2, 64) + 1), ("maxFields", 2000))
        .Refused("2001 plain fields without fragments", _ => Query($"{{ region {{ {"code".Times(2001)} }} }}"),
            400, FieldsCode, ("fields", 2002), ("maxFields", 2000))
        .Refused("bomb below a connection", _ => Query($"{{ leagues(first: 1) {{ nodes {{ ...F4 }} }} }} {Bomb("League", "code name", 4, 10)}"),
            400, FieldsCode, ("fields", 20_002), ("maxFields", 2000))
        .Refused("bomb spread through inline fragments", _ => Query(
                "{ region { ...F3 } } fragment F0 on Region { code name } " +
                string.Join(' ', Enumerable.Range(1, 3).Select(i =>
                    $"fragment F{i} on Region {{ ... on Region {{ {$"...F{i - 1}".Times(8)} }} ... on Division {{ {$"...F{i - 1}".Times(8)} }} }}"))),
            400, FieldsCode, ("fields", 8193), ("maxFields", 2000))
        .Refused("bomb sent with GET", _ => Get($"{{ region {{ ...F4 }} }} {Bomb("Region", "code name", 4, 8)}"),
            400, FieldsCode, ("fields", 8193), ("maxFields", 2000));

    public static CaseList Cycles { get; } = new CaseList("fragment-cycles")
        .Refused("a fragment spreading itself", _ => Query("{ region { ...A } } fragment A on Region { code ...A }"),
            400, CycleCode, answer => Assert.Equal("Cannot spread fragment 'A' within itself.", answer.Message))
        .Refused("two fragments spreading each other", _ => Query("{ region { ...A } } fragment A on Region { code ...B } fragment B on Region { name ...A }"),
            400, CycleCode, answer => Assert.Equal("Cannot spread fragment 'A' within itself via B.", answer.Message))
        .Refused("a cycle of three", _ => Query(
                "{ region { ...A } } fragment A on Region { ...B } fragment B on Region { ...C } fragment C on Region { code ...A }"),
            400, CycleCode, answer => Assert.Equal("Cannot spread fragment 'A' within itself via B, C.", answer.Message))
        .Refused("a cycle through an inline fragment", _ => Query("{ region { ...A } } fragment A on Region { code ... on Division { ...A } }"),
            400, CycleCode, answer => Assert.Equal("Cannot spread fragment 'A' within itself.", answer.Message))
        .Refused("a cycle that would also be a bomb", _ => Query(
                $"{{ region {{ ...A }} }} fragment A on Region {{ code {"...B".Times(50)} }} fragment B on Region {{ name {"...A".Times(50)} }}"),
            400, CycleCode)
        .Refused("a cycle through a field of another type", _ => Query(
                "{ region { ...R } } fragment R on Region { leagues(first: 1) { nodes { ...L } } } fragment L on League { region { ...R } }"),
            400, CycleCode, answer => Assert.Equal("Cannot spread fragment 'R' within itself via L.", answer.Message));
}

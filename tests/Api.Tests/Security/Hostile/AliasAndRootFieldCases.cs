using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>Alias bombs past Security:Limits:MaxAliases (40) and operations with more than MaxRootFields (20) root fields.</summary>
public static class AliasAndRootFieldCases
{
    private const string AliasCode = "MAX_ALIASES_EXCEEDED";
    private const string RootCode = "MAX_ROOT_FIELDS_EXCEEDED";

    /// <summary><c>a1: field a2: field …</c></summary>
    private static string Aliased(string field, int count, string prefix = "a") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i}: {field}"));

    public static CaseList Aliases { get; } = new CaseList("aliases")
        .Refused("41 aliases of one scalar", _ => Query($"{{ region {{ {Aliased("code", 41)} }} }}"),
            400, AliasCode, ("aliases", 41), ("maxAliases", 40))
        .Refused("1000 aliases of __typename", _ => Query($"{{ region {{ {Aliased("__typename", 1000)} }} }}"),
            400, AliasCode, ("aliases", 1000), ("maxAliases", 40))
        .Refused("41 aliases of a connection that reads the database", _ => Query(
                $"{{ region {{ leagues(first: 1) {{ nodes {{ {Aliased("banners(first: 1) { totalCount }", 41)} }} }} }} }}"),
            400, AliasCode, ("aliases", 41), ("maxAliases", 40))
        .Refused("21 aliases in a fragment spread twice", _ => Query(
                $"{{ region {{ ...Many ...Again }} }} fragment Many on Region {{ {Aliased("code", 21)} }} fragment Again on Region {{ ...Many }}"),
            400, AliasCode, ("aliases", 42), ("maxAliases", 40))
        .Refused("21 aliases in a fragment, spread directly and in an inline fragment", _ => Query(
                $"{{ region {{ ...Many ... on Region {{ ...Many }} }} }} fragment Many on Region {{ {Aliased("code", 21)} }}"),
            400, AliasCode, ("aliases", 42), ("maxAliases", 40))
        .Refused("one alias doubled by six levels of fragments", _ => Query(
                "{ region { ...F6 } } fragment F0 on Region { a: code } " +
                string.Join(' ', Enumerable.Range(1, 6).Select(i => $"fragment F{i} on Region {{ ...F{i - 1} ...F{i - 1} }}"))),
            400, AliasCode, ("aliases", 64), ("maxAliases", 40));

    public static CaseList RootFields { get; } = new CaseList("root-fields")
        .Refused("21 aliased root queries", _ => Query($"{{ {Aliased("region { code }", 21, "r")} }}"),
            400, RootCode, ("rootFields", 21), ("maxRootFields", 20))
        .Refused("21 root __typename", _ => Query($"{{ {"__typename".Times(21)} }}"),
            400, RootCode, ("rootFields", 21), ("maxRootFields", 20))
        .Refused("root fields hidden in a fragment on Query", _ => Query(
                $"{{ ...Roots }} fragment Roots on Query {{ {Aliased("division(code: \"150000\") { code }", 21, "d")} }}"),
            400, RootCode, ("rootFields", 21), ("maxRootFields", 20))
        .Refused("root fields in two inline fragments", _ => Query(
                $"{{ ... on Query {{ {"__typename".Times(11)} }} ... on Query {{ {"__typename".Times(11)} }} }}"),
            400, RootCode, ("rootFields", 22), ("maxRootFields", 20))
        .Refused("a fragment on Query spread three times", _ => Query(
                $"{{ ...Roots ...Roots ...Roots }} fragment Roots on Query {{ {"__typename".Times(7)} }}"),
            400, RootCode, ("rootFields", 21), ("maxRootFields", 20))
        .Refused("21 root fields in a mutation: refused before anything is written", _ => Query($"mutation {{ {"__typename".Times(21)} }}"),
            400, RootCode, ("rootFields", 21), ("maxRootFields", 20));
}

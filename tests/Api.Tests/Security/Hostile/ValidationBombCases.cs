using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Documents that cost validation time per node and per error (GraphQL.NET reports every validation error, with no
/// cap): repeated directives, unused variables and fragments, unknown arguments. Past Security:Limits:MaxDocumentNodes
/// (5000) they are refused from the syntax alone, before validation; the 900 KB ones took up to a minute without it.
/// </summary>
public static class ValidationBombCases
{
    private const string Code = "MAX_DOCUMENT_NODES_EXCEEDED";

    private static string Repeat(int count, Func<int, string> part) => string.Join(' ', Enumerable.Range(0, count).Select(part));

    public static CaseList All { get; } = new CaseList("validation-bombs")
        .Refused("50 000 repeated @include on one field (900 KB)", _ => Query($"{{ region {Repeat(50_000, _ => "@include(if: true)")} {{ code }} }}"),
            400, Code, ("nodes", 100_003), ("maxNodes", 5000))
        .Refused("60 000 unused variable definitions", _ => Query($"query({Repeat(60_000, i => $"$v{i}: Int")}) {{ region {{ code }} }}"),
            400, Code, ("nodes", 60_003), ("maxNodes", 5000))
        .Refused("30 000 unused fragments (1 MB)", _ => Query($"{Repeat(30_000, i => $"fragment f{i} on Region {{ code }}")} {{ region {{ code }} }}"),
            400, Code, ("nodes", 60_003), ("maxNodes", 5000))
        .Refused("100 000 unknown arguments on one field", _ => Query($"{{ region({Repeat(100_000, i => $"a{i}: 1")}) {{ code }} }}"),
            400, Code, ("nodes", 100_003), ("maxNodes", 5000))
        .Refused("1 999 fields with 10 unknown arguments each", _ => Query($"{{ {Repeat(1999, i => $"r{i}: region({Repeat(10, j => $"a{j}: 1")}) {{ code }}")} }}"),
            400, Code, ("nodes", 23_989), ("maxNodes", 5000))
        .Refused("5 000 operations in one document", _ => Query(Repeat(5000, i => $"query q{i} {{ __typename }}")),
            400, Code, ("nodes", 10_000), ("maxNodes", 5000));
}

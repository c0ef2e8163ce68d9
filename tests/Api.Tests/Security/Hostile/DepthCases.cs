using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>Nesting past Security:Limits:MaxDepth (20), directly and hidden in fragments; and past the parser's own nesting limit.</summary>
public static class DepthCases
{
    private const string Code = "MAX_EXECUTION_DEPTH_EXCEEDED";

    /// <summary><paramref name="parents"/> nested <c>parent</c> selections around <c>code</c>.</summary>
    private static string Parents(int parents) => Nested("parent { ", "code", " }", parents);

    public static CaseList All { get; } = new CaseList("depth")
        .Refused("22 levels of parent", _ => Query($"{{ region {{ {Parents(20)} }} }}"),
            400, Code, ("detectedExecutionDepth", 22), ("allowedExecutionDepth", 20))
        .Refused("one level over the limit", _ => Query($"{{ region {{ {Parents(19)} }} }}"),
            400, Code, ("detectedExecutionDepth", 21), ("allowedExecutionDepth", 20))
        .Refused("42 levels of parent", _ => Query($"{{ region {{ {Parents(40)} }} }}"),
            400, Code, ("detectedExecutionDepth", 42), ("allowedExecutionDepth", 20))
        .Refused("depth split across two named fragments", _ => Query(
                $"{{ region {{ ...Upper }} }} fragment Upper on Region {{ {Nested("parent { ", "...Lower", " }", 10)} }} " +
                $"fragment Lower on Division {{ {Parents(10)} }}"),
            400, Code, ("detectedExecutionDepth", 22), ("allowedExecutionDepth", 20))
        .Refused("depth through inline fragments", _ => Query(
                $"{{ region {{ {Nested("... on Division { parent { ", "code", " } }", 21)} }} }}"),
            400, Code, ("detectedExecutionDepth", 23), ("allowedExecutionDepth", 20))
        .Refused("depth through connections down to members and back up", _ => Query(
                "{ leagues { nodes { banners { nodes { townships { nodes { villages { nodes { branches { nodes { members { nodes { " +
                "branch { village { township { banner { league { region { leagues { nodes { code } } } } } } } } } } } } } } } } } } } } }"),
            400, Code, ("detectedExecutionDepth", 21), ("allowedExecutionDepth", 20))
        .Refused("depth sent with GET", _ => Get($"{{ region {{ {Parents(25)} }} }}"),
            400, Code, ("detectedExecutionDepth", 27), ("allowedExecutionDepth", 20))
        .Refused("depth in a mutation's payload: refused before anything is written", _ => Query(
                $"mutation($input: AdmitMemberInput!) {{ admitMember(input: $input) {{ member {{ branch {{ village {{ {Parents(17)} }} }} }} }} }}"),
            400, Code, ("detectedExecutionDepth", 22), ("allowedExecutionDepth", 20))
        .Refused("3000 levels: the parser's nesting limit answers first", _ => Query(Nested("{ region ", "", "}", 3000)),
            400, "MAX_DEPTH_EXCEEDED")
        .Refused("input object nested 60 deep: the parser's nesting limit", _ => Query(
                $"{{ banners(where: {Nested("{ or: [", "{ code: { eq: \"150102\" } }", "] }", 60)}) {{ totalCount }} }}"),
            400, "MAX_DEPTH_EXCEEDED");
}

using PartyOrg.Domain.Security;
using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Probing the schema: unknown fields, arguments, types and directives (GraphQL.NET's validation codes); operations
/// over the wrong transport (mutation over GET: 405; subscription over HTTP: SUBSCRIPTION_NEEDS_WEBSOCKET); and
/// introspection, which production refuses to all but admin keys (HC0046; GET ?sdl: 403).
/// </summary>
public static class SchemaProbingCases
{
    private const string Introspection = "HC0046";
    private const string SubscriptionCode = "SUBSCRIPTION_NEEDS_WEBSOCKET";

    private static string Organizer(HostileApiFactory api) => api.Key(Role.Organizer);

    private static void AllowsPost(Answer answer) => Assert.Equal("POST", string.Join(',', answer.ContentHeaders.Allow));

    public static CaseList Schema { get; } = new CaseList("schema-probing")
        .Refused("an unknown field", _ => Query("{ region { password } }"), 400, "FIELDS_ON_CORRECT_TYPE")
        .Refused("an unknown root field", _ => Query("{ users { name } }"), 400, "FIELDS_ON_CORRECT_TYPE")
        .Refused("an unknown argument", _ => Query("{ region(debug: true) { code } }"), 400, "KNOWN_ARGUMENT_NAMES")
        .Refused("an unknown argument on a connection", _ => Query("{ members(sql: \"1=1\") { totalCount } }"), 400, "KNOWN_ARGUMENT_NAMES")
        .Refused("an unknown type in a fragment", _ => Query("{ region { ... on ApiKey { secretHash } } }"), 400, "KNOWN_TYPE_NAMES")
        .Refused("an unknown directive", _ => Query("{ region @debug { code } }"), 400, "KNOWN_DIRECTIVES")
        .Refused("a directive repeated 100 times", _ => Query($"{{ region {"@include(if: true)".Times(100)} {{ code }} }}"), 400, "UNIQUE_DIRECTIVES_PER_LOCATION")
        .Refused("100 variables never used", _ => Query(
                $"query({string.Join(' ', Enumerable.Range(1, 100).Select(i => $"$v{i}: Int"))}) {{ region {{ code }} }}"), 400, "NO_UNUSED_VARIABLES")
        .Refused("100 fragments never used", _ => Query(
                $"{{ region {{ code }} }} {string.Join(' ', Enumerable.Range(1, 100).Select(i => $"fragment F{i} on Region {{ code }}"))}"), 400, "NO_UNUSED_FRAGMENTS")
        .Refused("a subfield on a scalar", _ => Query("{ region { code { length } } }"), 400, "SCALAR_LEAFS")
        .Refused("a mutation over GET", _ => Get("mutation { __typename }"), 405, "MUTATION_OVER_GET", AllowsPost)
        .Refused("a mutation over GET picked by operation name", _ => Get("query Read { region { code } } mutation Write { __typename }", "Write"),
            405, "MUTATION_OVER_GET", AllowsPost)
        .Refused("a real mutation over GET is not run", _ => Get(
                "mutation { recordMemberExit(input: { memberId: \"TWVtYmVyOjE=\", exitedOn: \"2024-01-01\", reason: DECEASED, version: 1 }) { member { id } } }"),
            405, "MUTATION_OVER_GET", AllowsPost)
        .Refused("a subscription over POST", _ => Query("subscription { changes(scope: \"150000\") { position } }"), 400, SubscriptionCode)
        .Refused("a subscription over GET", _ => Get("subscription { changes(scope: \"150000\") { position } }"), 400, SubscriptionCode)
        .Refused("a subscription over POST asking for plain JSON", _ => Query("subscription { statisticsChanged(codes: [\"150000\"]) { code } }")
                .WithHeader("Accept", "application/json"),
            200, SubscriptionCode, answer => Assert.False(answer.Body.TryGetProperty("data", out _)));

    public static CaseList Introspect { get; } = new CaseList("introspection")
        .Refused("__schema with an organizer key", api => Query("{ __schema { queryType { name } } }").As(Organizer(api)), 400, Introspection)
        .Refused("__type without a key", _ => Query("{ __type(name: \"Member\") { fields { name } } }").Anonymous(), 400, Introspection)
        .Refused("__schema under an alias", api => Query("{ s: __schema { types { name } } }").As(Organizer(api)), 400, Introspection)
        .Refused("__type hidden in a fragment", api => Query("{ ...F } fragment F on Query { __type(name: \"ApiKey\") { name } }").As(Organizer(api)),
            400, Introspection)
        .Refused("__schema over GET", _ => Get("{ __schema { queryType { name } } }").Anonymous(), 400, Introspection)
        .Refused("GET ?sdl without a key", _ => new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl").Anonymous(), 403, Introspection)
        .Refused("GET ?sdl with an organizer key", api => new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl").As(Organizer(api)), 403, Introspection)
        .Answered("__typename stays allowed", _ => Query("{ region { __typename } }").Anonymous(),
            (_, data) => Assert.Equal("Region", data.GetProperty("region").GetProperty("__typename").GetString()));
}

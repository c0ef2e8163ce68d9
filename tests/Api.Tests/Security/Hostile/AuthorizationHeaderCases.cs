using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Domain.Security;
using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Bad Authorization headers: every one is refused with 401, <c>WWW-Authenticate: Bearer error="invalid_token"</c> and
/// AUTH_NOT_AUTHENTICATED, never served as anonymous; the message says which check failed.
/// </summary>
public static class AuthorizationHeaderCases
{
    private const string Code = "AUTH_NOT_AUTHENTICATED";
    private const string NotBearer = "The Authorization header must read 'Bearer <API key>'.";
    private const string NotOurs = "The API key is not in the form of this service's keys (pok_…).";
    private const string Unknown = "The API key is not known.";

    /// <summary>A region query sent with exactly this Authorization header value.</summary>
    private static HttpRequestMessage With(string header) => Query("{ region { code } }").WithHeader("Authorization", header);

    private static Action<Answer> Says(string message) => answer =>
    {
        Assert.Equal(message, answer.Message);
        Assert.Equal("Bearer error=\"invalid_token\"", answer.Headers.WwwAuthenticate.ToString());
    };

    /// <summary>A real key with the last character of its secret changed.</summary>
    private static string Tampered(HostileApiFactory api)
    {
        var key = api.Key(Role.Dashboard);
        return key[..^1] + (key[^1] == 'A' ? 'B' : 'A');
    }

    private static string Revoked(HostileApiFactory api)
    {
        var keys = api.Services.GetRequiredService<ApiKeys>();
        var key = keys.CreateAsync("revoked by the hostile corpus", Role.Partner, "150000", null, CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(keys.RevokeAsync(key.Key.Id, CancellationToken.None).GetAwaiter().GetResult());
        return key.Text;
    }

    public static CaseList All { get; } = new CaseList("authorization")
        .Refused("Basic credentials", _ => With("Basic dXNlcjpwYXNzd29yZA=="), 401, Code, Says(NotBearer))
        .Refused("Bearer with nothing after it", _ => With("Bearer"), 401, Code, Says(NotBearer))
        .Refused("Bearer followed by spaces only", _ => With("Bearer    "), 401, Code, Says(NotBearer))
        .Refused("a garbage key", _ => With("Bearer garbage"), 401, Code, Says(NotOurs))
        .Refused("a key-shaped key that does not exist", _ => With("Bearer pok_aaaaaaaaaaaa_" + new string('a', 43)), 401, Code, Says(Unknown))
        .Refused("a real key with one character of its secret changed", api => With("Bearer " + Tampered(api)), 401, Code, Says(Unknown))
        .Refused("a revoked key", api => With("Bearer " + Revoked(api)), 401, Code,
            answer => Assert.EndsWith("was revoked.", answer.Message, StringComparison.Ordinal))
        .Refused("a real key without its scheme", api => With(api.Key(Role.Dashboard)), 401, Code, Says(NotBearer))
        .Refused("a 20 000-character key", _ => With("Bearer pok_" + new string('a', 20_000)), 401, Code, Says(NotOurs))
        .Refused("a 20 000-character header that is not Bearer", _ => With(new string('x', 20_000)), 401, Code, Says(NotBearer))
        .Refused("a key id with characters outside base32", _ => With("Bearer pok_AAAAAAAAAAAA_" + new string('a', 43)), 401, Code, Says(NotOurs))
        .Refused("two Bearer values in one header", api => With($"Bearer {api.Key(Role.Dashboard)}, Bearer x"), 401, Code, Says(Unknown))
        .Refused("a key for GET ?sdl that is not known", _ => new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl")
                .WithHeader("Authorization", "Bearer pok_bbbbbbbbbbbb_" + new string('b', 43)),
            401, Code, Says(Unknown));
}

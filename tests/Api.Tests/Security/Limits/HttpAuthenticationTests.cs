using System.Net;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>A host whose clients send no key unless a test gives them one.</summary>
public sealed class AnonymousApi : ApiFactory
{
    protected override Role? ClientRole => null;
}

/// <summary>The <c>Authorization</c> header over HTTP: none is anonymous, a valid key is its role, anything else 401.</summary>
public sealed class HttpAuthenticationTests(AnonymousApi api) : IClassFixture<AnonymousApi>
{
    private const string TownshipStats = """{ division(code: "150102001") { code ... on Township { stats { memberCount } } } }""";

    [Fact]
    public async Task Without_a_header_the_caller_is_anonymous_and_reads_the_region_name_and_stats()
    {
        var (response, body) = await api.SendWithAuthorizationAsync(null, "{ region { code name stats { memberCount } } }");

        var region = body.Served().GetProperty("region");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("150000", region.Text("code"));
        Assert.Equal("内蒙古自治区", region.Text("name"));
        Assert.True(region.GetProperty("stats").GetProperty("memberCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Anonymous_callers_get_AUTH_NOT_AUTHORIZED_for_a_townships_stats()
    {
        var (response, body) = await api.SendWithAuthorizationAsync(null, TownshipStats);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var township = body.GetProperty("data").GetProperty("division");
        Assert.Equal("150102001", township.Text("code"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, township.GetProperty("stats").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("The current user is not authorized to access this resource.", error.Text("message"));
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.Text("extensions", "code"));
        Assert.Equal(["division", "stats"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    public async Task A_valid_key_after_Bearer_reads_as_its_role(string scheme)
    {
        var (response, body) = await api.SendWithAuthorizationAsync($"{scheme} {api.Key(Role.Dashboard)}", TownshipStats);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Served().GetProperty("division").GetProperty("stats").GetProperty("memberCount").GetInt32() >= 0);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz", "The Authorization header must read 'Bearer <API key>'.")]
    [InlineData("Token {key}", "The Authorization header must read 'Bearer <API key>'.")]
    [InlineData("{key}", "The Authorization header must read 'Bearer <API key>'.")]
    [InlineData("Bearer", "The Authorization header must read 'Bearer <API key>'.")]
    [InlineData("Bearer    ", "The Authorization header must read 'Bearer <API key>'.")]
    [InlineData("Bearer not-a-key", "The API key is not in the form of this service's keys (pok_…).")]
    [InlineData("Bearer pok_ABCDEFGHIJKL_secret", "The API key is not in the form of this service's keys (pok_…).")]
    [InlineData("Bearer pok_abcdefghijkl_0123456789012345678901234567890123456789012", "The API key is not known.")]
    [InlineData("Bearer {key}x", "The API key is not known.")]
    public async Task A_header_that_is_no_valid_bearer_key_is_refused_401_saying_why(string header, string message)
    {
        var (response, body) = await api.SendWithAuthorizationAsync(header.Replace("{key}", api.Key(Role.Partner), StringComparison.Ordinal), "{ region { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.FirstErrorCode());
        Assert.Equal(message, body.FirstErrorMessage());
    }

    [Fact]
    public async Task A_very_long_key_is_refused_without_being_looked_up()
    {
        var (response, body) = await api.SendWithAuthorizationAsync("Bearer " + api.Key(Role.Partner) + new string('a', 200), "{ region { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The API key is not in the form of this service's keys (pok_…).", body.FirstErrorMessage());
    }
}

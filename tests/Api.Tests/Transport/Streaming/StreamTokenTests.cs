using System.Net;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>EventSource's GET: a stream token from createStreamToken in the URL, never the API key.</summary>
public sealed class StreamTokenTests(StreamingApi api) : IClassFixture<StreamingApi>
{
    private const string Create = "mutation($s: Int) { createStreamToken(input: { lifetimeSeconds: $s }) { token expiresAt } }";

    private async Task<string> TokenAsync(Role role, int? seconds = null)
    {
        var body = await api.QueryAsAsync(api.Key(role), Create, new { s = seconds });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty("createStreamToken").GetProperty("token").GetString()!;
    }

    private static HttpRequestMessage Get(string query, string token) =>
        new(HttpMethod.Get, $"{GraphQLHttp.Path}?query={Uri.EscapeDataString(query)}&streamToken={Uri.EscapeDataString(token)}");

    [Fact]
    public async Task A_get_with_a_stream_token_streams_as_the_key_that_asked_for_it()
    {
        var token = await TokenAsync(Role.Partner);
        await using var stream = await EventStreamClient.OpenAsync(api.CreateClient(null), Get("{ region { code } }", token));

        var next = await stream.NextAsync();

        Assert.StartsWith("pst_", token, StringComparison.Ordinal);
        Assert.Equal("150000", next!.Json.GetProperty("data").GetProperty("region").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_forged_or_misplaced_token_is_refused_with_401()
    {
        var token = await TokenAsync(Role.Partner);
        var forged = token[..^3] + (token[^3] == 'A' ? "BBB" : "AAA");
        using var client = api.CreateClient(null);

        using var forgedResponse = await client.SendAsync(WithSse(Get("{ region { code } }", forged)));
        using var asJson = await client.SendAsync(Get("{ region { code } }", token));

        Assert.Equal(HttpStatusCode.Unauthorized, forgedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asJson.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_no_token_and_lifetimes_are_capped()
    {
        var anonymous = await api.QueryAsAsync(null, Create, new { s = 60 });
        var tooLong = await api.QueryAsAsync(api.Key(Role.Partner), Create, new { s = 100_000 });

        Assert.Equal("AUTH_NOT_AUTHORIZED", anonymous.FirstErrorCode());
        Assert.Equal("INVALID_LIFETIME", tooLong.FirstErrorCode());
    }

    private static HttpRequestMessage WithSse(HttpRequestMessage request)
    {
        request.Headers.Add("Accept", "text/event-stream");
        return request;
    }
}

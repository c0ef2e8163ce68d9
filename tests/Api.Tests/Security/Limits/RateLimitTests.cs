using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>Production limits with 5 requests a minute per client address without a key and 8 per key.</summary>
public sealed class RateLimitedApi : ApiFactory
{
    protected override bool DefaultLimits => true;

    protected override Role? ClientRole => null;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Security:RateLimits:AnonymousPerMinute", "5"), new("Security:RateLimits:PerKeyPerMinute", "8")];
}

/// <summary>
/// Rate limits count per key, else per client address; each test uses addresses and keys of its own, so the
/// tests sharing the host never share a bucket. Every test sends its requests at once: a bucket refills one
/// permit every 5 s, far longer than a burst of a dozen requests to a warm host takes.
/// </summary>
public sealed class RateLimitTests(RateLimitedApi api) : IClassFixture<RateLimitedApi>
{
    [Fact]
    public async Task The_sixth_anonymous_request_from_an_address_is_refused_429_with_Retry_After()
    {
        await api.AllServedAsync(5, "10.1.0.1");

        var refused = await api.PostAsync("10.1.0.1");

        RateLimitRequests.AssertRateLimited(refused, 5);
        Assert.StartsWith("Too many requests: the limit is 5 a minute for each client address without a key. Retry after ", refused.Body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_address_has_a_bucket_of_its_own()
    {
        await api.AllServedAsync(5, "10.1.0.2");
        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.1.0.2"), 5);

        await api.AllServedAsync(5, "10.1.0.3");
    }

    [Fact]
    public async Task A_key_is_counted_apart_from_its_address_and_gets_its_own_limit()
    {
        var key = await api.FreshKeyAsync("apart from the address");
        await api.AllServedAsync(5, "10.1.0.4");
        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.1.0.4"), 5);

        await api.AllServedAsync(8, "10.1.0.4", key: key);
        var refused = await api.PostAsync("10.1.0.4", key: key);

        RateLimitRequests.AssertRateLimited(refused, 8);
        Assert.StartsWith("Too many requests: the limit is 8 a minute for this API key. Retry after ", refused.Body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_keys_do_not_share_a_bucket_even_from_one_address()
    {
        var (first, second) = (await api.FreshKeyAsync("first of two"), await api.FreshKeyAsync("second of two"));

        await api.AllServedAsync(8, "10.1.0.5", key: first);
        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.1.0.5", key: first), 8);

        await api.AllServedAsync(8, "10.1.0.5", key: second);
        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.1.0.5", key: second), 8);
    }

    [Fact]
    public async Task A_key_is_one_bucket_whatever_address_it_comes_from()
    {
        var key = await api.FreshKeyAsync("roaming");

        for (var i = 1; i <= 8; i++)
        {
            Assert.Equal(200, (await api.PostAsync($"10.2.0.{i}", key: key)).Status);
        }

        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.2.0.9", key: key), 8);
    }

    [Fact]
    public async Task X_Forwarded_For_is_ignored_when_no_proxy_is_known()
    {
        await api.AllServedAsync(5, "10.1.0.6", forwardedFor: "203.0.113.1");

        var refused = await api.PostAsync("10.1.0.6", forwardedFor: "203.0.113.2");

        RateLimitRequests.AssertRateLimited(refused, 5);
    }

    [Fact]
    public async Task Requests_with_a_refused_key_count_against_their_address()
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(401, (await api.PostAsync("10.1.0.8", key: $"pok_abcdefghijk{(char)('a' + i)}_{new string('x', 43)}")).Status);
        }

        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.1.0.8", key: "pok_abcdefghijkz_" + new string('x', 43)), 5);
        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.1.0.8"), 5);
    }

    /// <summary>
    /// The test server's own clients have no remote address (<c>Connection.RemoteIpAddress</c> is null), so they all
    /// count as "address:unknown": one bucket, whatever they forward. This is the only test of the class that uses it.
    /// </summary>
    [Fact]
    public async Task The_test_servers_clients_report_no_address_and_share_one_bucket()
    {
        // Other tests of this class may have spent some of the shared bucket (opening a socket counts against the
        // address too), so count how many distinct X-Forwarded-For values pass before the first refusal: at most 5.
        var served = 0;
        LimitedAnswer response;
        while ((response = await api.PostWithClientAsync($"203.0.113.{100 + served}")).Status == 200 && served < 6)
        {
            served++;
        }

        Assert.InRange(served, 0, 5);
        RateLimitRequests.AssertRateLimited(response, 5);
        Assert.Equal(200, (await api.PostAsync("10.1.0.7")).Status);
    }

    [Fact]
    public async Task A_subscribe_beyond_the_limit_gets_an_error_message_with_RATE_LIMITED()
    {
        var key = await api.FreshKeyAsync("socket");
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, null);
        await socket.InitAsync(new { apiKey = key });
        for (var i = 1; i <= 8; i++)
        {
            (await socket.QueryAsync($"q{i}", "{ __typename }")).Served();
        }

        await socket.SubscribeAsync("q9", "{ __typename }");
        var error = await socket.ReceiveMessageAsync();

        Assert.Equal(("error", "q9"), (error.Type(), error.Id()));
        var payload = Assert.Single(error.Payload().EnumerateArray());
        Assert.Equal("RATE_LIMITED", payload.Text("extensions", "code"));
        Assert.Equal(8, payload.GetProperty("extensions").GetProperty("limit").GetInt32());
    }
}

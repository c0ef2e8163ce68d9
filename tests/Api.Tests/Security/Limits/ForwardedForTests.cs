using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>The rate-limited host behind a known reverse proxy at 10.9.0.1.</summary>
public sealed class ProxiedRateLimitedApi : ApiFactory
{
    public const string Proxy = "10.9.0.1";

    protected override bool DefaultLimits => true;

    protected override Role? ClientRole => null;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Security:RateLimits:AnonymousPerMinute", "5"), new("Security:KnownProxies:0", Proxy)];
}

/// <summary>X-Forwarded-For names the client only when the connection comes from a proxy listed in Security:KnownProxies.</summary>
public sealed class ForwardedForTests(ProxiedRateLimitedApi api) : IClassFixture<ProxiedRateLimitedApi>
{
    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_a_bucket_of_its_own()
    {
        await api.AllServedAsync(5, ProxiedRateLimitedApi.Proxy, forwardedFor: "203.0.113.1");
        RateLimitRequests.AssertRateLimited(await api.PostAsync(ProxiedRateLimitedApi.Proxy, forwardedFor: "203.0.113.1"), 5);

        await api.AllServedAsync(5, ProxiedRateLimitedApi.Proxy, forwardedFor: "203.0.113.2");
    }

    [Fact]
    public async Task The_forwarded_client_is_the_last_address_the_proxy_appended()
    {
        await api.AllServedAsync(5, ProxiedRateLimitedApi.Proxy, forwardedFor: "198.51.100.7, 203.0.113.3");

        // The client may write anything before the proxy's own entry: the bucket is the proxy's entry's.
        RateLimitRequests.AssertRateLimited(await api.PostAsync(ProxiedRateLimitedApi.Proxy, forwardedFor: "198.51.100.8, 203.0.113.3"), 5);
    }

    [Fact]
    public async Task The_known_proxy_is_recognised_as_an_IPv4_mapped_IPv6_address()
    {
        await api.AllServedAsync(5, "::ffff:" + ProxiedRateLimitedApi.Proxy, forwardedFor: "203.0.113.30");
        RateLimitRequests.AssertRateLimited(await api.PostAsync("::ffff:" + ProxiedRateLimitedApi.Proxy, forwardedFor: "203.0.113.30"), 5);

        await api.AllServedAsync(5, "::ffff:" + ProxiedRateLimitedApi.Proxy, forwardedFor: "203.0.113.31");
    }

    [Fact]
    public async Task X_Forwarded_For_from_an_address_that_is_no_known_proxy_is_ignored()
    {
        await api.AllServedAsync(5, "10.9.0.2", forwardedFor: "203.0.113.4");

        RateLimitRequests.AssertRateLimited(await api.PostAsync("10.9.0.2", forwardedFor: "203.0.113.5"), 5);
    }

    [Fact]
    public async Task A_known_proxy_without_X_Forwarded_For_is_counted_as_itself()
    {
        await api.AllServedAsync(5, ProxiedRateLimitedApi.Proxy);

        RateLimitRequests.AssertRateLimited(await api.PostAsync(ProxiedRateLimitedApi.Proxy), 5);
    }

    /// <summary>
    /// A connection without an address (the test server's own clients; a Unix socket in production) is trusted
    /// like a known proxy: ASP.NET's forwarded-headers middleware lets the first hop through when the server reports
    /// no remote address. This is the only test of the class that uses such connections.
    /// </summary>
    [Fact]
    public async Task A_connection_without_an_address_has_its_forwarded_client_believed()
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(200, (await api.PostWithClientAsync("203.0.113.20")).Status);
        }

        RateLimitRequests.AssertRateLimited(await api.PostWithClientAsync("203.0.113.20"), 5);
        Assert.Equal(200, (await api.PostWithClientAsync("203.0.113.21")).Status);
    }
}

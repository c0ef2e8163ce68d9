using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyOrg.Api.Changes.Redis;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Telemetry;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>One instance whose rate limits live in a shared Redis; its clients are anonymous, so they share the address partition.</summary>
public sealed class SharedLimitApi(string redis, string prefix) : ApiFactory
{
    public const int AnonymousPerMinute = 6;

    public LogRecorder Logs { get; } = new();

    public RedisChangeBus Bus => Services.GetRequiredService<RedisChangeBus>();

    protected override Role? ClientRole => null;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Webhooks:Deliver", "false"),
        new("Changes:Redis", redis),
        new("Changes:RedisChannel", prefix + "changes"),
        new("Security:RateLimits:Enabled", "true"),
        new("Security:RateLimits:PerKeyPerMinute", "1000000"),
        new("Security:RateLimits:AnonymousPerMinute", AnonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Security:RateLimits:RedisKeyPrefix", prefix),
    ];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}

/// <summary>
/// Two instances on one real redis-server: a client that sends to both is refused after the limit, not after twice
/// the limit. With Redis gone each instance limits on its own and keeps serving.
/// </summary>
public sealed class SharedRateLimitTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    private SharedLimitApi A { get; set; } = null!;

    private SharedLimitApi B { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        var prefix = "party-org-test:" + Guid.NewGuid().ToString("N") + ":";
        A = new SharedLimitApi(_redis.ConnectionString, prefix);
        B = new SharedLimitApi(_redis.ConnectionString, prefix);

        // Both hosts start (and seed) before the wait begins: under load that alone can outlast the patience.
        _ = (A.Services, B.Services);
        await Eventually.TrueAsync(() => A.Bus.IsConnected && B.Bus.IsConnected, "both instances are connected to Redis");
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_clientAlternatingBetween_two_instances_gets_the_limit_once_not_twice()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2 * SharedLimitApi.AnonymousPerMinute; i++)
        {
            statuses.Add(await SendAsync(i % 2 == 0 ? A : B));
        }

        Assert.Equal(SharedLimitApi.AnonymousPerMinute, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.TooManyRequests, SharedLimitApi.AnonymousPerMinute), statuses.Skip(SharedLimitApi.AnonymousPerMinute));
    }

    [Fact]
    public async Task Without_redis_each_instance_fallsBack_to_its_own_limitAnd_says_so()
    {
        await _redis.StopAsync();
        await Eventually.TrueAsync(() => !A.Bus.IsConnected, "instance A sees Redis gone");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= SharedLimitApi.AnonymousPerMinute; i++)
        {
            statuses.Add(await SendAsync(A));
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, SharedLimitApi.AnonymousPerMinute).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Single(A.Logs.Entries, e => e.Category == typeof(RequestRateLimiter).FullName && e.Message.StartsWith("Rate limits cannot be shared through Redis", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> SendAsync(SharedLimitApi api)
    {
        using var client = api.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query = "{ __typename }" })));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Assert.Equal(LimitErrors.RateLimitedCode, (await response.ReadJsonAsync()).FirstErrorCode());
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A refusal says when to retry.");
        }

        return response.StatusCode;
    }
}

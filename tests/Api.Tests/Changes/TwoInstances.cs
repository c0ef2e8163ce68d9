using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Changes.Redis;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>
/// Two API instances on ONE database (the suite's: a SQLite file or a PostgreSQL database), fanned out through a
/// real Redis started on a free port. Instance A creates and seeds it; B opens the same one (so take branches from A).
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public InstanceApi A { get; private set; } = null!;

    public InstanceApi B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        var channel = "party-org:changes:" + Guid.NewGuid().ToString("N");
        A = new InstanceApi(Redis.ConnectionString, channel, sharedDatabase: null);
        _ = A.Services;
        B = new InstanceApi(Redis.ConnectionString, channel, sharedDatabase: A.SharedDatabaseSettings);
        _ = B.Services;
        await WaitUntilConnectedAsync();
    }

    /// <summary>Waits until both instances hold a link to Redis (after a start or a restart).</summary>
    public async Task WaitUntilConnectedAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!(A.Bus.IsConnected && B.Bus.IsConnected))
        {
            Assert.True(DateTime.UtcNow < deadline, "The instances did not connect to Redis within 20 s.");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

/// <summary>One instance: the change feed announced through Redis, a short poll for when Redis is away.</summary>
public sealed class InstanceApi(string redis, string channel, IReadOnlyList<KeyValuePair<string, string>>? sharedDatabase) : ChangesApi
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        new("Changes:Redis", redis),
        new("Changes:RedisChannel", channel),
        .. sharedDatabase ?? [],
    ];

    public RedisChangeBus Bus => Services.GetRequiredService<RedisChangeBus>();

    public ChangeFeed Feed => Services.GetRequiredService<ChangeFeed>();
}

[CollectionDefinition(Name)]
public sealed class TwoInstancesCollection : ICollectionFixture<TwoInstances>
{
    public const string Name = "changes across instances";
}

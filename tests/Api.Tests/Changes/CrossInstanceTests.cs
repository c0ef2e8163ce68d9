using Microsoft.Extensions.Logging.Abstractions;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Changes.Redis;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes;
using StackExchange.Redis;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>Two instances on one database: Redis wakes the other instance, and the poll covers Redis going away.</summary>
[Collection(TwoInstancesCollection.Name)]
public sealed class CrossInstanceTests(TwoInstances instances)
{
    private static readonly ChangeFilter Everything = new([], null);

    [Fact]
    public async Task A_subscriber_on_one_instance_is_woken_through_redis_by_a_change_on_the_other()
    {
        var (a, b) = (instances.A, instances.B);
        await instances.WaitUntilConnectedAsync();
        var head = await a.HeadAsync();
        var wakeUps = a.Feed.RefreshRequests;
        var recorder = new EventRecorder<ChangeEvent>();
        using var subscription = a.Streams.Events(Everything, head).Subscribe(recorder);

        var member = await b.AdmitAsync(await a.NextBranchAsync());

        var received = await recorder.WaitForAsync(1);
        Assert.Equal(head + 1, received[0].Position);
        Assert.Equal(member.Id, NodeId.Encode("Member", received[0].Subject["Member:".Length..]));
        // Only a Redis message (or a reconnect) asks the feed to read the head: it was Redis that woke A.
        Assert.True(a.Feed.RefreshRequests > wakeUps, "A was not woken through Redis.");
    }

    [Fact]
    public async Task Redis_going_down_and_coming_back_loses_no_event_and_repeats_none()
    {
        var (a, b) = (instances.A, instances.B);
        await instances.WaitUntilConnectedAsync();
        var branch = await a.NextBranchAsync();
        var head = await a.HeadAsync();
        var recorder = new EventRecorder<ChangeEvent>();
        using var subscription = a.Streams.Events(Everything, head).Subscribe(recorder);

        await b.AdmitAsync(branch);
        await b.AdmitAsync(branch);
        await recorder.WaitForAsync(2);

        await instances.Redis.StopAsync();
        await b.AdmitAsync(branch);
        await b.AdmitAsync(branch);
        await recorder.WaitForAsync(4);

        await instances.Redis.StartAgainAsync();
        await instances.WaitUntilConnectedAsync();
        await b.AdmitAsync(branch);
        await b.AdmitAsync(branch);
        await recorder.WaitForAsync(6);

        await recorder.AssertNoMoreThanAsync(6, TimeSpan.FromMilliseconds(700));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => head + i), recorder.Positions());
    }

    [Fact]
    public async Task An_instance_starts_without_redis_and_hears_it_once_it_is_up()
    {
        await using var later = RedisServer.NotStarted();
        using var feed = new ChangeFeed();
        var options = new ChangeFeedOptions { Redis = later.ConnectionString, RedisChannel = "party-org:changes:late" };
        using var bus = new RedisChangeBus(feed, options, NullLogger<RedisChangeBus>.Instance);

        var started = DateTime.UtcNow;
        await bus.StartAsync(CancellationToken.None);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1), "Starting waited for Redis.");
        bus.OnCommitted([new ChangeEvent { Position = 1, VillageCode = "150102001001", Subject = "Member:1", Details = "{}" }]);

        await later.StartAgainAsync();
        using var publisher = await ConnectionMultiplexer.ConnectAsync(later.ConnectionString);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (feed.RefreshRequests == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The bus never heard Redis after it came up.");
            await publisher.GetSubscriber().PublishAsync(RedisChannel.Literal(options.RedisChannel), "other-instance:7");
            await Task.Delay(200);
        }

        await bus.StopAsync(CancellationToken.None);
    }
}

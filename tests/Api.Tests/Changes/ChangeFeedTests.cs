using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>The feed and the per-subscriber pumps, driven directly against the API's own log.</summary>
[Collection(ChangesCollection.Name)]
public sealed class ChangeFeedTests(ChangesApi api)
{
    private static readonly ChangeFilter Everything = new([], null);

    [Fact]
    public async Task Resuming_after_a_position_yields_the_missed_events_in_order_then_live_ones_without_a_duplicate()
    {
        var branch = await api.NextBranchAsync();
        var head = await api.HeadAsync();
        for (var i = 0; i < 8; i++)
        {
            await AdmitAsync(branch);
        }

        var recorder = new EventRecorder<ChangeEvent>();
        using (api.Streams.Events(Everything, head + 2).Subscribe(recorder))
        {
            await recorder.WaitForAsync(6);
            for (var i = 0; i < 4; i++)
            {
                await AdmitAsync(branch);
            }

            await recorder.WaitForAsync(10);
            await recorder.AssertNoMoreThanAsync(10, TimeSpan.FromMilliseconds(300));
        }

        Assert.Equal(Enumerable.Range(3, 10).Select(i => head + i), recorder.Positions());
    }

    [Fact]
    public async Task Under_concurrent_commits_every_subscriber_gets_each_event_once_in_position_order()
    {
        var branches = new[] { await api.NextBranchAsync(), await api.NextBranchAsync(), await api.NextBranchAsync() };
        var head = await api.HeadAsync();
        var early = new EventRecorder<ChangeEvent>();
        var late = new EventRecorder<ChangeEvent>();
        using var earlySubscription = api.Streams.Events(Everything, head).Subscribe(early);

        var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                await AdmitAsync(branches[(w + i) % branches.Length]);
            }
        })).ToList();
        await Task.Delay(50);
        // Joins mid-way, resuming from the start: the catch-up and the live events meet while commits go on.
        using var lateSubscription = api.Streams.Events(Everything, head).Subscribe(late);
        await Task.WhenAll(writers);

        var expected = Enumerable.Range(1, 36).Select(i => head + i).ToList();
        await early.WaitForAsync(36);
        await late.WaitForAsync(36);
        await late.AssertNoMoreThanAsync(36, TimeSpan.FromMilliseconds(300));
        Assert.Equal(expected, early.Positions());
        Assert.Equal(expected, late.Positions());
    }

    [Fact]
    public async Task Without_a_position_only_events_committed_after_the_start_arrive()
    {
        var branch = await api.NextBranchAsync();
        await AdmitAsync(branch);
        var recorder = new EventRecorder<ChangeEvent>();
        var head = await api.HeadAsync();
        using var subscription = api.Streams.Events(Everything, head).Subscribe(recorder);

        await AdmitAsync(branch);

        var received = await recorder.WaitForAsync(1);
        Assert.Equal(head + 1, Assert.Single(received).Position);
    }

    [Fact]
    public async Task A_pump_reads_only_its_scope_and_kinds()
    {
        var (here, elsewhere) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var head = await api.HeadAsync();
        var recorder = new EventRecorder<ChangeEvent>();
        using var subscription = api.Streams.Events(new ChangeFilter([here.LeagueCode[..4]], [ChangeKind.MemberAdmitted]), head).Subscribe(recorder);

        await AdmitAsync(elsewhere);
        var mine = await AdmitAsync(here);

        var received = await recorder.WaitForAsync(1);
        await recorder.AssertNoMoreThanAsync(1, TimeSpan.FromMilliseconds(300));
        Assert.Equal($"Member:{mine.Id}", received[0].Subject);
    }

    [Fact]
    public async Task A_disposed_subscription_stops_reading_and_leaves_the_feed()
    {
        var feed = api.Services.GetRequiredService<ChangeFeed>();
        var before = feed.SubscriberCount;
        var recorder = new EventRecorder<ChangeEvent>();
        var subscription = api.Streams.Events(Everything, await api.HeadAsync()).Subscribe(recorder);
        Assert.Equal(before + 1, feed.SubscriberCount);

        subscription.Dispose();
        await AdmitAsync(await api.NextBranchAsync());

        Assert.Equal(before, feed.SubscriberCount);
        await recorder.AssertNoMoreThanAsync(0, TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task When_no_wake_up_comes_the_poll_of_the_log_head_catches_up()
    {
        // A feed that hears of no commit, like one whose Redis link is down: only its poller moves it.
        using var deaf = new ChangeFeed();
        var options = new ChangeFeedOptions { PollSeconds = 0.2, BatchSize = 3 };
        using var poller = new ChangeFeedPoller(deaf, api.Streams.Log, options, NullLogger<ChangeFeedPoller>.Instance);
        var head = await api.HeadAsync();
        var recorder = new EventRecorder<ChangeEvent>();
        using var pump = new ChangePump(deaf, api.Streams.Log, Everything, head, options, batch => Array.ForEach([.. batch], recorder.OnNext), recorder.OnError);
        await poller.StartAsync(CancellationToken.None);
        try
        {
            var branch = await api.NextBranchAsync();
            for (var i = 0; i < 4; i++)
            {
                await AdmitAsync(branch);
            }

            await recorder.WaitForAsync(4, TimeSpan.FromSeconds(5));
            Assert.Equal(Enumerable.Range(1, 4).Select(i => head + i), recorder.Positions());
            Assert.Equal(head + 4, deaf.Latest);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_move_wakes_only_the_readers_it_concerns_and_the_others_count_themselves_past_it()
    {
        // A feed and a log reader of their own, moved by hand, so that no other subscription and no poll takes part.
        using var log = Reader();
        using var feed = new ChangeFeed(log: log);
        var options = new ChangeFeedOptions { PollSeconds = 3600 };
        var branch = await api.NextBranchAsync();
        var head = await api.HeadAsync();
        feed.Advance(head);
        await Eventually.TrueAsync(() => feed.Dispatched == head, "the first move is dispatched");

        var (banner, transfers, everything) = (new EventRecorder<ChangeEvent>(), new EventRecorder<ChangeEvent>(), new EventRecorder<ChangeEvent>());
        using var bannerPump = Pump(feed, log, new ChangeFilter([branch.BannerCode], null), head, options, banner);
        using var transferPump = Pump(feed, log, new ChangeFilter([], [ChangeKind.MemberTransferred]), head, options, transfers);
        using var everythingPump = Pump(feed, log, Everything, head, options, everything);

        await AdmitAsync(branch);
        await AdmitAsync(branch);
        feed.Advance(head + 2);

        Assert.Equal([head + 1, head + 2], (await banner.WaitForAsync(2)).Select(e => e.Position));
        Assert.Equal([head + 1, head + 2], (await everything.WaitForAsync(2)).Select(e => e.Position));
        await Eventually.TrueAsync(() => feed.Dispatched == head + 2, "the move is dispatched");
        Assert.Equal((2, 1), (feed.Woken, feed.Spared));
        // The spared reader stands at the head without having read anything, so the feed shows no lag.
        Assert.Equal(head + 2, transferPump.Cursor);
        await Eventually.TrueAsync(() => feed.Lag == 0, "no reader lags");
        await transfers.AssertNoMoreThanAsync(0, TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task A_move_the_tail_does_not_reach_back_to_wakes_every_reader()
    {
        // The reader's tail starts at the head; the feed starts at 0, before it: the events of its first move are not at hand.
        await AdmitAsync(await api.NextBranchAsync());
        using var log = Reader();
        using var feed = new ChangeFeed(log: log);
        var options = new ChangeFeedOptions { PollSeconds = 3600 };
        var head = await api.HeadAsync();
        Assert.Empty((await log.TryReadTailAsync(head, head, CancellationToken.None))!);
        Assert.Null(await log.TryReadTailAsync(0, head, CancellationToken.None));
        var (none, all) = (new EventRecorder<ChangeEvent>(), new EventRecorder<ChangeEvent>());
        using var nonePump = Pump(feed, log, new ChangeFilter([], [ChangeKind.MemberTransferred]), head, options, none);
        using var allPump = Pump(feed, log, Everything, head, options, all);

        feed.Advance(head);

        await Eventually.TrueAsync(() => feed.Dispatched == head, "the move is dispatched");
        Assert.Equal((2, 0), (feed.Woken, feed.Spared));
    }

    private static ChangePump Pump(ChangeFeed feed, ChangeLogReader log, ChangeFilter filter, long after, ChangeFeedOptions options, EventRecorder<ChangeEvent> recorder) =>
        new(feed, log, filter, after, options, batch => Array.ForEach([.. batch], recorder.OnNext), recorder.OnError);

    private ChangeLogReader Reader() => new(api.Services.GetRequiredService<IDbContextFactory<PartyDbContext>>());

    /// <summary>Commits through the domain service, as the mutation does, without the HTTP round trip.</summary>
    private async Task<Member> AdmitAsync(BranchRef branch)
    {
        var changes = api.Services.GetRequiredService<MemberChanges>();
        var outcome = await changes.AdmitAsync(
            new AdmitMember(branch.Key, "并发党员", Gender.Male, Ethnicity.Han, new DateOnly(1985, 3, 1), new DateOnly(2023, 6, 1),
                Education.SeniorSecondary, Occupation.Worker, null),
            Subtree.Everything, CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value!;
    }
}

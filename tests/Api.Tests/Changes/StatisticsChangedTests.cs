using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Changes.Statistics;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>The stream behind <c>statisticsChanged</c>: which divisions an event touches, coalescing, fresh rollups.</summary>
[Collection(ChangesCollection.Name)]
public sealed class StatisticsChangedTests(ChangesApi api)
{
    [Fact]
    public async Task A_burst_of_changes_is_sent_at_most_once_per_interval_and_ends_with_the_fresh_rollup()
    {
        // The coalescer reads a clock that stands still until the test moves it, so however slowly the machine
        // runs the burst, all of it falls within one interval.
        var branch = await api.NextBranchAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var recorder = new EventRecorder<DivisionStatisticsChanged>();
        var watched = await WatchAsync(branch.VillageCode);
        var head = await api.HeadAsync();
        var seen = head;
        using var coalescer = new StatisticsCoalescer(
            [watched], TimeSpan.FromMilliseconds(400), api.Services.GetRequiredService<IDbContextFactory<PartyDbContext>>(), clock, recorder, head);
        using var pump = api.Streams.Pump(new ChangeFilter([watched.Prefix], null), head, batch =>
        {
            coalescer.Add(batch);
            Volatile.Write(ref seen, batch[^1].Position);
        }, coalescer.Fail);

        await api.AdmitAsync(branch);
        await recorder.WaitForAsync(1);
        for (var i = 0; i < 5; i++)
        {
            await api.AdmitAsync(branch);
        }

        var last = await api.HeadAsync();
        await Eventually.TrueAsync(() => Volatile.Read(ref seen) == last, "the coalescer has seen the whole burst");
        await recorder.AssertNoMoreThanAsync(1, TimeSpan.FromMilliseconds(900));

        clock.Advance(TimeSpan.FromMilliseconds(400));
        await recorder.WaitForAsync(2);
        await recorder.AssertNoMoreThanAsync(2, TimeSpan.FromMilliseconds(900));
        await using var db = api.OpenDatabase();
        var rollup = await db.DivisionRollups.AsNoTracking().SingleAsync(r => r.Code == branch.VillageCode);
        Assert.Equal(rollup.Members, recorder.Received[^1].Stats.Members);
        Assert.Equal(rollup.Members - 5, recorder.Received[0].Stats.Members);
        Assert.Equal(last, recorder.Received[^1].Position);
    }

    [Fact]
    public async Task An_event_touches_every_division_above_its_village_and_above_the_village_a_member_left()
    {
        var (from, to) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var member = await api.AdmitAsync(from);
        var watched = new[] { await WatchAsync(from.BannerCode), await WatchAsync(to.LeagueCode), await WatchAsync("150000") };
        var recorder = new EventRecorder<DivisionStatisticsChanged>();
        using var subscription = api.Streams.Statistics(watched, await api.HeadAsync()).Subscribe(recorder);

        await api.TransferAsync(member, to);

        var received = await recorder.WaitForAsync(3);
        Assert.Equal([from.BannerCode, to.LeagueCode, "150000"], received.Select(r => r.Division.Code));
        Assert.IsType<Banner>(received[0].Division);
    }

    [Fact]
    public async Task Changes_outside_the_watched_divisions_send_nothing()
    {
        var (watchedBranch, other) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var recorder = new EventRecorder<DivisionStatisticsChanged>();
        using var subscription = api.Streams.Statistics([await WatchAsync(watchedBranch.LeagueCode)], await api.HeadAsync()).Subscribe(recorder);

        await api.AdmitAsync(other);

        await recorder.AssertNoMoreThanAsync(0, TimeSpan.FromMilliseconds(600));
    }

    private async Task<WatchedDivision> WatchAsync(string code)
    {
        var directory = await api.Services.GetRequiredService<DivisionDirectory>().GetAsync(CancellationToken.None);
        var division = directory.Find(code) ?? throw new InvalidOperationException($"No division {code}.");
        return new WatchedDivision(code, division.SubtreePrefix(), division);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes.Statistics;
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
        var branch = await api.NextBranchAsync();
        var recorder = new EventRecorder<DivisionStatisticsChanged>();
        using var subscription = api.Streams.Statistics([await WatchAsync(branch.VillageCode)], await api.HeadAsync()).Subscribe(recorder);

        for (var i = 0; i < 6; i++)
        {
            await api.AdmitAsync(branch);
        }

        // The first change goes out at once, the rest of the burst (well within 400 ms of it) once the interval is over.
        await recorder.WaitForAsync(2);
        await recorder.AssertNoMoreThanAsync(2, TimeSpan.FromMilliseconds(900));
        await using var db = api.OpenDatabase();
        var rollup = await db.DivisionRollups.AsNoTracking().SingleAsync(r => r.Code == branch.VillageCode);
        Assert.Equal(rollup.Members, recorder.Received[^1].Stats.Members);
        Assert.Equal(await api.HeadAsync(), recorder.Received[^1].Position);
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

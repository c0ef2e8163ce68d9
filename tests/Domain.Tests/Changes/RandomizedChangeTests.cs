using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Domain.Tests.Changes;

public sealed class RandomizedChangeTests(ChangeDatabase data) : IClassFixture<ChangeDatabase>
{
    private const int Changes = 300;

    [Fact]
    public async Task Hundreds_of_mixed_changes_keep_the_rollups_equal_to_a_recompute_and_log_one_event_each()
    {
        long head;
        await using (var db = data.Read())
        {
            head = await db.ChangeLogHeads.Select(h => h.Position).SingleAsync();
        }

        var changes = new RandomChanges(data, seed: 20260701);
        var committed = new List<long>();
        for (var i = 0; i < Changes; i++)
        {
            if (await changes.NextAsync() is { } events)
            {
                committed.Add(Assert.Single(events).Position);
            }
        }

        await using (var db = data.Read())
        {
            var logged = await db.ChangeEvents.Where(e => e.Position > head).OrderBy(e => e.Position).Select(e => e.Position).ToListAsync();
            Assert.Equal(committed, logged);
            Assert.Equal(Enumerable.Range(1, committed.Count).Select(k => head + k), logged);
            Assert.Equal(head + committed.Count, await db.ChangeLogHeads.Select(h => h.Position).SingleAsync());
            var kinds = await db.ChangeEvents.Where(e => e.Position > head).Select(e => e.Kind).Distinct().ToListAsync();
            Assert.Equal(Enum.GetValues<ChangeKind>().Except(RandomPublicServiceChanges.Kinds).Order(), kinds.Order());
        }

        Assert.InRange(committed.Count, Changes / 3, Changes - 1);
        Assert.True(changes.CrossLeagueTransfers > 10, $"Only {changes.CrossLeagueTransfers} transfers across leagues committed.");
        await RollupSnapshot.AssertEqualsRecomputeAsync(data.Database);
    }
}

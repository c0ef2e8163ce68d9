using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Domain.Tests.Changes;

public sealed class PublicServiceStormTests(ChangeDatabase data) : IClassFixture<ChangeDatabase>
{
    private const int Changes = 300;

    [Fact]
    public async Task A_storm_of_public_service_changes_keeps_the_rollups_and_reply_times_equal_to_a_recompute()
    {
        long head;
        await using (var db = data.Read())
        {
            head = await db.ChangeLogHeads.Select(h => h.Position).SingleAsync();
        }

        var changes = new RandomPublicServiceChanges(data, seed: 20261204);
        var committed = 0;
        for (var i = 0; i < Changes; i++)
        {
            committed += await changes.NextAsync() is { } events ? 1 : 0;
        }

        await using (var db = data.Read())
        {
            var kinds = await db.ChangeEvents.Where(e => e.Position > head).Select(e => e.Kind).Distinct().ToListAsync();
            Assert.Equal(RandomPublicServiceChanges.Kinds.Order(), kinds.Order());
        }

        Assert.InRange(committed, Changes / 3, Changes - 1);
        await RollupSnapshot.AssertEqualsRecomputeAsync(data.Database);
    }
}

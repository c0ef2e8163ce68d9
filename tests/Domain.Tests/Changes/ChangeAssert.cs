using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>What every committed and every refused change must satisfy.</summary>
public static class ChangeAssert
{
    /// <summary>
    /// The change succeeds with exactly one event at the next position of the log, and afterwards
    /// every rollup equals a fresh recompute from the base tables.
    /// </summary>
    public static async Task<T> CommittedAsync<T>(ChangeDatabase data, Func<Task<ChangeOutcome<T>>> change, ChangeKind kind, Func<T, string> subject)
    {
        var head = await HeadAsync(data);

        var outcome = await change();

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Code} {e.Field}: {e.Message}")));
        var committed = Assert.Single(outcome.Events);
        Assert.Equal(head + 1, committed.Position);
        Assert.Equal(kind, committed.Kind);
        Assert.Equal(subject(outcome.Value!), committed.Subject);
        await using (var db = data.Read())
        {
            var logged = await db.ChangeEvents.Where(e => e.Position > head).ToListAsync();
            Assert.Equal(committed.Position, Assert.Single(logged).Position);
        }

        await RollupSnapshot.AssertEqualsRecomputeAsync(data.Database);
        return outcome.Value!;
    }

    /// <summary>The change is refused with one error of the code and field given, and nothing is written.</summary>
    public static async Task<ChangeError> RefusedAsync<T>(ChangeDatabase data, Func<Task<ChangeOutcome<T>>> change, ChangeErrorCode code, string field)
    {
        var head = await HeadAsync(data);
        var events = await CountEventsAsync(data);

        var outcome = await change();

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((code, field), (error.Code, error.Field));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Empty(outcome.Events);
        Assert.Equal(head, await HeadAsync(data));
        Assert.Equal(events, await CountEventsAsync(data));
        return error;
    }

    private static async Task<long> HeadAsync(ChangeDatabase data)
    {
        await using var db = data.Read();
        return await db.ChangeLogHeads.Select(h => h.Position).SingleAsync();
    }

    private static async Task<int> CountEventsAsync(ChangeDatabase data)
    {
        await using var db = data.Read();
        return await db.ChangeEvents.CountAsync();
    }
}

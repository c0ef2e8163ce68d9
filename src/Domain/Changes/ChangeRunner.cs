using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes;

/// <summary>
/// Runs one change in one transaction: the change itself, the rollup deltas of every node it moves,
/// and one change-log record per event. A refusal or a failure writes nothing. Listeners hear of
/// the events only after the commit.
/// </summary>
public sealed class ChangeRunner(IDbContextFactory<PartyDbContext> contexts, IEnumerable<IChangeListener> listeners)
{
    /// <summary>
    /// Runs <paramref name="change"/> confined to <paramref name="scope"/>. The scope has no default on purpose:
    /// a write path that does not say where it may write does not compile; region-wide work passes <see cref="Subtree.Everything"/>.
    /// </summary>
    public async Task<ChangeOutcome<T>> RunAsync<T>(Subtree scope, Func<ChangeSession, CancellationToken, Task<ChangeOutcome<T>>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Taking the log head's row lock first serializes changes: each reads a state no other change
        // is altering, and positions are handed out in commit order.
        await db.ChangeLogHeads.Where(h => h.Id == ChangeLog.HeadId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Position, h => h.Position), cancellationToken);

        var session = new ChangeSession(db, scope);
        var outcome = await change(session, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        // A last line of defence: a change that reached outside the caller's subtree is a defect, never a commit.
        if (session.PendingEvents.FirstOrDefault(e => !scope.Contains(e.VillageCode) || (e.FromVillageCode is { } from && !scope.Contains(from))) is { } escaped)
        {
            throw new InvalidOperationException($"A {escaped.Kind} change reached village {escaped.VillageCode} outside the subtree {scope.Prefix}.");
        }

        var head = await db.ChangeLogHeads.SingleAsync(h => h.Id == ChangeLog.HeadId, cancellationToken);
        var committedAt = DateTimeOffset.UtcNow;
        var events = session.PendingEvents.Select(e => e.ToEvent(++head.Position, committedAt)).ToList();
        db.ChangeEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        outcome.Events = events;
        foreach (var listener in listeners)
        {
            listener.OnCommitted(events);
        }

        return outcome;
    }
}

/// <summary>Hears of events once they are committed (e.g. to wake subscribers or publish to other instances).</summary>
public interface IChangeListener
{
    void OnCommitted(IReadOnlyList<ChangeEvent> events);
}

public static class ChangeLog
{
    public const int HeadId = 1;
}

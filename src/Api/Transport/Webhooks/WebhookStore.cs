using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>
/// The delivery state of webhooks, changed only by conditional updates: every change a deliverer makes names the
/// lease it holds, so an instance whose lease was taken over (or cleared by an edit) learns it at its next step and stops.
/// </summary>
public sealed class WebhookStore(IDbContextFactory<PartyDbContext> contexts)
{
    /// <summary>Enabled webhooks no other instance holds a lease on.</summary>
    public async Task<List<long>> UnleasedAsync(string owner, long now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Webhooks.Where(w => w.Enabled && (w.LeaseOwner == null || w.LeaseUntil < now || w.LeaseOwner == owner))
            .OrderBy(w => w.Id).Select(w => w.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Takes or renews the lease; false when another instance holds it or the webhook is disabled or gone.</summary>
    public async Task<bool> LeaseAsync(long id, string owner, long now, long until, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Webhooks.Where(w => w.Id == id && w.Enabled && (w.LeaseOwner == null || w.LeaseUntil < now || w.LeaseOwner == owner))
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.LeaseOwner, owner).SetProperty(w => w.LeaseUntil, until), cancellationToken) == 1;
    }

    public async Task<Webhook?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
    }

    /// <summary>
    /// Reserves the next <paramref name="count"/> attempt numbers under the lease (renewed with it) and returns the first;
    /// null when the lease is lost. Numbers are never handed out twice, so two instances never send the same attempt, and
    /// a block spares a statement per attempt; numbers left unused when a runner stops are skipped.
    /// </summary>
    public async Task<long?> ReserveAttemptsAsync(long id, string owner, int count, long until, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await Held(db, id, owner).ExecuteUpdateAsync(
            u => u.SetProperty(w => w.AttemptSequence, w => w.AttemptSequence + count).SetProperty(w => w.LeaseUntil, until), cancellationToken);
        return taken == 1 ? await db.Webhooks.Where(w => w.Id == id).Select(w => w.AttemptSequence).SingleAsync(cancellationToken) - count + 1 : null;
    }

    public async Task RecordAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Events were delivered, in order: in one transaction their attempts are recorded, the cursor moves past the last,
    /// the failure count starts again and the lease is renewed. False when the lease is lost (the attempts are recorded
    /// all the same).
    /// </summary>
    public async Task<bool> DeliveredAsync(IReadOnlyList<WebhookDelivery> deliveries, string owner, long until, CancellationToken cancellationToken)
    {
        var last = deliveries[^1];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.WebhookDeliveries.AddRange(deliveries);
        await db.SaveChangesAsync(cancellationToken);
        var moved = await Held(db, last.WebhookId, owner).ExecuteUpdateAsync(
            u => u.SetProperty(w => w.Cursor, last.Position).SetProperty(w => w.FailedAttempts, 0)
                .SetProperty(w => w.FailingSince, (DateTimeOffset?)null).SetProperty(w => w.LeaseUntil, until),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return moved == 1;
    }

    /// <summary>The attempt failed; returns the state after it, or null when the lease is lost.</summary>
    public async Task<Webhook?> FailedAsync(long id, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhook = await Held(db, id, owner).SingleOrDefaultAsync(cancellationToken);
        if (webhook is null)
        {
            return null;
        }

        webhook.FailedAttempts++;
        webhook.FailingSince ??= now;
        await db.SaveChangesAsync(cancellationToken);
        return webhook;
    }

    public async Task DisableAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Webhooks.Where(w => w.Id == id).ExecuteUpdateAsync(
            u => u.SetProperty(w => w.Enabled, false).SetProperty(w => w.DisabledReason, reason.Length > 500 ? reason[..500] : reason).SetProperty(w => w.LeaseOwner, (string?)null),
            cancellationToken);
    }

    public async Task ReleaseAsync(long id, string owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Webhooks.Where(w => w.Id == id && w.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.LeaseOwner, (string?)null).SetProperty(w => w.LeaseUntil, 0), cancellationToken);
    }

    /// <summary>
    /// Deletes delivery attempts beyond the newest <paramref name="keepPerWebhook"/> of each webhook and those made before
    /// <paramref name="before"/>; returns how many went. Age is compared here, among the <paramref name="scanLimit"/> oldest
    /// rows (in insertion order), since SQLite cannot compare date-times with offsets in SQL; what is left goes next time.
    /// </summary>
    public async Task<int> PruneAsync(int keepPerWebhook, DateTimeOffset before, int scanLimit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = 0;
        foreach (var id in await db.Webhooks.OrderBy(w => w.Id).Select(w => w.Id).ToListAsync(cancellationToken))
        {
            var lastDropped = await db.WebhookDeliveries.Where(d => d.WebhookId == id).OrderByDescending(d => d.Id)
                .Skip(keepPerWebhook).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
            if (lastDropped is { } last)
            {
                deleted += await db.WebhookDeliveries.Where(d => d.WebhookId == id && d.Id <= last).ExecuteDeleteAsync(cancellationToken);
            }
        }

        var oldest = await db.WebhookDeliveries.OrderBy(d => d.Id).Take(scanLimit).Select(d => new { d.Id, d.AttemptedAt }).ToListAsync(cancellationToken);
        var expired = oldest.Where(d => d.AttemptedAt < before).Select(d => d.Id).ToList();
        if (expired.Count > 0)
        {
            deleted += await db.WebhookDeliveries.Where(d => expired.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }

    private static IQueryable<Webhook> Held(PartyDbContext db, long id, string owner) =>
        db.Webhooks.Where(w => w.Id == id && w.Enabled && w.LeaseOwner == owner);
}

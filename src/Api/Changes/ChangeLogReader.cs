using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Changes;

/// <summary>Reads the change log, the single source of truth for queries and subscriptions alike.</summary>
public sealed class ChangeLogReader(IDbContextFactory<PartyDbContext> contexts) : IDisposable
{
    private const int TailCapacity = 10_000;
    private static readonly ChangeFilter Everything = new([], null);

    private ChangeLogTail? _tail;

    /// <summary>The last committed position; 0 for an empty log.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChangeLogHeads.AsNoTracking().Where(h => h.Id == ChangeLog.HeadId).Select(h => (long?)h.Position)
            .SingleOrDefaultAsync(cancellationToken) ?? 0;
    }

    /// <summary>The first <paramref name="limit"/> events after <paramref name="after"/> that pass the filter, in position order.</summary>
    public async Task<List<ChangeEvent>> ReadAfterAsync(long after, ChangeFilter filter, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Matching(db, filter).Where(e => e.Position > after).OrderBy(e => e.Position).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Like <see cref="ReadAfterAsync"/> for a live reader that knows the log reaches <paramref name="latest"/>:
    /// served from the in-memory tail when the cursor lies in it, so many subscribers cost one read per commit.
    /// </summary>
    public async Task<List<ChangeEvent>> ReadLiveAfterAsync(long after, ChangeFilter filter, int limit, long latest, CancellationToken cancellationToken) =>
        await Tail.ReadAfterAsync(after, filter, limit, latest, cancellationToken) ?? await ReadAfterAsync(after, filter, limit, cancellationToken);

    /// <summary>
    /// Every event in the positions (<paramref name="from"/>, <paramref name="to"/>], all committed, from the in-memory tail;
    /// null when the tail does not reach back that far.
    /// </summary>
    public Task<List<ChangeEvent>?> TryReadTailAsync(long from, long to, CancellationToken cancellationToken) =>
        Tail.ReadRangeAsync(from, to, cancellationToken);

    private ChangeLogTail Tail =>
        LazyInitializer.EnsureInitialized(ref _tail, () => new ChangeLogTail((from, count, ct) => ReadAfterAsync(from, Everything, count, ct), TailCapacity));

    public void Dispose() => _tail?.Dispose();

    /// <summary>How many events pass the filter, in the whole log.</summary>
    public async Task<int> CountAsync(ChangeFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Matching(db, filter).CountAsync(cancellationToken);
    }

    private static IQueryable<ChangeEvent> Matching(PartyDbContext db, ChangeFilter filter) =>
        filter.Predicate is { } predicate ? db.ChangeEvents.AsNoTracking().Where(predicate) : db.ChangeEvents.AsNoTracking();
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyOrg.Domain.Data;

namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>
/// Makes releases: reads the live rollups, adds noise to their protected counts and replaces the released rows,
/// in one transaction, so readers on any instance see the previous release or the new one, never a mix.
/// The live rollups (changes' deltas, <c>stats recompute</c>) are only read: a release is a snapshot of them.
/// </summary>
public sealed class StatisticsReleaser(IDbContextFactory<PartyDbContext> contexts, PrivacyOptions options, TimeProvider clock)
{
    private int _announced;

    /// <summary>Raised once per release on this instance: after it made one, or found one another instance made (<see cref="Announce"/>).</summary>
    public event EventHandler<ReleasedEventArgs>? Released;

    /// <summary>Tells this instance's listeners about <paramref name="release"/> unless they have heard of it or a later one.</summary>
    public void Announce(StatisticsRelease release)
    {
        var previous = Volatile.Read(ref _announced);
        while (release.Number > previous)
        {
            var seen = Interlocked.CompareExchange(ref _announced, release.Number, previous);
            if (seen == previous)
            {
                Released?.Invoke(this, new ReleasedEventArgs(release));
                return;
            }

            previous = seen;
        }
    }

    public async Task<StatisticsRelease?> LatestAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StatisticsReleases.AsNoTracking().OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A release when none was made within <see cref="PrivacyOptions.ReleasePeriod"/>; null when the latest is recent enough.</summary>
    public async Task<StatisticsRelease?> ReleaseIfDueAsync(CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(cancellationToken);
        return latest is not null && latest.ReleasedAt + options.ReleasePeriod > clock.GetUtcNow() ? null : await ReleaseAsync(cancellationToken);
    }

    /// <summary>The time the next release is due, after the latest (now when there is none).</summary>
    public async Task<DateTimeOffset> NextDueAsync(CancellationToken cancellationToken) =>
        (await LatestAsync(cancellationToken))?.ReleasedAt + options.ReleasePeriod ?? clock.GetUtcNow();

    /// <summary>Makes a release now; null when another instance made the same release first.</summary>
    public async Task<StatisticsRelease?> ReleaseAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (await db.StatisticsReleases.MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        var release = new StatisticsRelease
        {
            Number = number, ReleasedAt = clock.GetUtcNow(), Mechanism = StatisticsRelease.GeometricMechanism, Epsilon = options.Epsilon,
        };
        db.StatisticsReleases.Add(release);
        try
        {
            // Written first: the row takes the write lock, and a second instance releasing the same number fails here.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return null;
        }

        await WriteRowsAsync(db, release, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Announce(release);
        return release;
    }

    private async Task WriteRowsAsync(PartyDbContext db, StatisticsRelease release, CancellationToken cancellationToken)
    {
        var noise = new ReleaseNoise(options.Secret is { } secret ? NoiseKey.Derive(secret, release.Number) : NoiseKey.Random(), options.Epsilon);
        var divisions = await db.DivisionRollups.AsNoTracking().ToListAsync(cancellationToken);
        var branches = await db.BranchRollups.AsNoTracking().ToListAsync(cancellationToken);
        await db.ReleasedDivisionRollups.ExecuteDeleteAsync(cancellationToken);
        await db.ReleasedBranchRollups.ExecuteDeleteAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        await using (var writer = new BulkWriter<ReleasedDivisionRollup>(db, connection, transaction))
        {
            foreach (var live in divisions)
            {
                await writer.AddAsync(noise.Apply(live, ReleaseNoise.DivisionNode(live.Code), new ReleasedDivisionRollup { Code = live.Code, Release = release.Number }), cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }

        await using (var writer = new BulkWriter<ReleasedBranchRollup>(db, connection, transaction))
        {
            foreach (var live in branches)
            {
                await writer.AddAsync(noise.Apply(live, ReleaseNoise.BranchNode(live.BranchId), new ReleasedBranchRollup { BranchId = live.BranchId, Release = release.Number }), cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }
    }
}

/// <summary>The release <see cref="StatisticsReleaser.Released"/> announces.</summary>
public sealed class ReleasedEventArgs(StatisticsRelease release) : EventArgs
{
    public StatisticsRelease Release { get; } = release;
}

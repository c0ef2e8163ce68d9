using System.Diagnostics;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Domain.Statistics;

/// <summary>Replaces every rollup with a fresh computation from the base tables.</summary>
public sealed class RollupStore(IDbContextFactory<PartyDbContext> contexts)
{
    /// <summary>Recomputes all rollups in one transaction; readers see the old or the new ones, never a mix.</summary>
    public async Task<RecomputeReport> RecomputeAsync(DateOnly? ageAsOf, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await SchemaCheck.EnsureCurrentAsync(db, cancellationToken);
        var asOf = ageAsOf ?? await db.SeedInfo.Select(s => (DateOnly?)s.AsOf).SingleOrDefaultAsync(cancellationToken) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        await db.StatisticsInfo.ExecuteDeleteAsync(cancellationToken);
        await db.RectificationRollups.ExecuteDeleteAsync(cancellationToken);
        await db.ResponseTimeRollups.ExecuteDeleteAsync(cancellationToken);
        await db.BranchResponseTimeRollups.ExecuteDeleteAsync(cancellationToken);
        await db.BranchRollups.ExecuteDeleteAsync(cancellationToken);
        await db.DivisionRollups.ExecuteDeleteAsync(cancellationToken);
        var rows = await WriteAsync(db, connection, transaction, asOf, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RecomputeReport(rows.Values.Sum(), asOf, stopwatch.Elapsed);
    }

    /// <summary>Computes and inserts the rollups inside the caller's transaction, e.g. right after generation.</summary>
    internal static async Task<IReadOnlyDictionary<string, long>> WriteAsync(PartyDbContext db, DbConnection connection, DbTransaction transaction, DateOnly ageAsOf, CancellationToken cancellationToken)
    {
        var computed = await new RollupCalculator(db, ageAsOf).ComputeAsync(cancellationToken);
        await using var sink = new DatabaseSink(db, connection, transaction);
        foreach (var row in computed.Divisions)
        {
            await sink.AddAsync(row, cancellationToken);
        }

        foreach (var row in computed.Branches)
        {
            await sink.AddAsync(row, cancellationToken);
        }

        foreach (var row in computed.Rectifications)
        {
            await sink.AddAsync(row, cancellationToken);
        }

        foreach (var row in computed.ResponseTimes)
        {
            await sink.AddAsync(row, cancellationToken);
        }

        foreach (var row in computed.BranchResponseTimes)
        {
            await sink.AddAsync(row, cancellationToken);
        }

        await sink.AddAsync(new StatisticsInfo { Id = 1, AgeAsOf = ageAsOf, ComputedAt = DateTimeOffset.UtcNow }, cancellationToken);
        await sink.FlushAsync(cancellationToken);
        return sink.RowCounts();
    }
}

/// <summary>What a recompute wrote and how long it took.</summary>
public sealed record RecomputeReport(long Rows, DateOnly AgeAsOf, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"Recomputed {Rows:N0} rollup rows from the base tables in {Elapsed.TotalSeconds:N1} s (ages as of {AgeAsOf:yyyy-MM-dd}).";
}

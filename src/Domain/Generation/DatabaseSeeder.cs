using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Domain.Generation;

/// <summary>Creates the schema and fills the database with the divisions and generated organisation data.</summary>
public sealed class DatabaseSeeder(IDbContextFactory<PartyDbContext> contexts)
{
    /// <summary>Creates the schema if needed and seeds it if it holds no data yet; returns null when it already did.</summary>
    public async Task<SeedReport?> EnsureSeededAsync(SeedScale scale, int seed, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await CreateSchemaAsync(context, cancellationToken);
            await SchemaCheck.EnsureCurrentAsync(context, cancellationToken);
            if (await context.SeedInfo.AnyAsync(cancellationToken))
            {
                return null;
            }
        }

        return await SeedAsync(scale, seed, asOf, cancellationToken);
    }

    /// <summary>Replaces whatever the database holds with freshly generated data.</summary>
    public async Task<SeedReport> SeedAsync(SeedScale scale, int seed, DateOnly asOf, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await ResetAsync(context, cancellationToken);

        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = context.Database.IsSqlite();
        if (sqlite)
        {
            // The data is regenerable: a crash mid-load costs a rerun, not consistency, since it is one transaction.
            await context.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", cancellationToken);
        }

        Dictionary<string, long> counts;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var postgres = connection is Npgsql.NpgsqlConnection;
            var indexes = sqlite ? await SqliteBulkMode.EnterAsync(connection, transaction, cancellationToken)
                : postgres ? await PostgresBulkMode.EnterAsync(connection, cancellationToken)
                : [];
            await using (var sink = new DatabaseSink(context, connection, transaction))
            {
                await WriteDivisionsAsync(sink, DivisionCatalog.Instance, cancellationToken);
                await new DataGenerator(DivisionCatalog.Instance, scale, seed, asOf).WriteAsync(sink, cancellationToken);
                await sink.AddAsync(new SeedInfo { Id = 1, Seed = seed, Scale = scale.Name(), AsOf = asOf, GeneratedAt = DateTimeOffset.UtcNow }, cancellationToken);
                await sink.FlushAsync(cancellationToken);
                counts = new Dictionary<string, long>(sink.RowCounts(), StringComparer.Ordinal);
            }

            if (sqlite)
            {
                await SqliteBulkMode.ExitAsync(connection, transaction, indexes, cancellationToken);
            }
            else if (postgres)
            {
                await PostgresBulkMode.ExitAsync(connection, indexes, cancellationToken);
            }

            // The statistics rollups, computed from the rows just written, land in the same transaction.
            await context.Database.UseTransactionAsync(transaction, cancellationToken);
            foreach (var (table, rows) in await RollupStore.WriteAsync(context, connection, transaction, asOf, cancellationToken))
            {
                counts[table] = rows;
            }

            await transaction.CommitAsync(cancellationToken);
            await context.Database.UseTransactionAsync(null, cancellationToken);
        }

        if (sqlite)
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
        }

        return new SeedReport(scale, seed, counts, stopwatch.Elapsed);
    }

    private static async Task CreateSchemaAsync(PartyDbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.IsSqlite())
        {
            await context.Database.EnsureCreatedAsync(cancellationToken);
            // WAL lets readers go on while a writer commits; it persists in the file.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            try
            {
                await context.Database.MigrateAsync(cancellationToken);
            }
            catch (System.Data.Common.DbException e)
            {
                // Unreachable, refused login, no right to create the database: a configuration matter, said in one line.
                var cause = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
                throw new ConfigurationException(
                    $"The {context.Database.ProviderName} database in Database:ConnectionString cannot be reached or migrated: {cause.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static async Task ResetAsync(PartyDbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.IsSqlite())
        {
            await context.Database.EnsureDeletedAsync(cancellationToken);
            await CreateSchemaAsync(context, cancellationToken);
            return;
        }

        // Server databases keep their migrated schema: PostgreSQL empties it in one statement, SQL Server
        // children first, so no foreign key is violated.
        await CreateSchemaAsync(context, cancellationToken);
        if (context.Database.GetDbConnection() is Npgsql.NpgsqlConnection)
        {
            await PostgresBulkMode.TruncateAsync(context, cancellationToken);
            return;
        }

        await context.Branches.ExecuteUpdateAsync(b => b.SetProperty(x => x.SecretaryId, (long?)null), cancellationToken);
        await context.SeedInfo.ExecuteDeleteAsync(cancellationToken);
        await context.ChangeEvents.ExecuteDeleteAsync(cancellationToken);
        await context.ChangeLogHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Position, 0L), cancellationToken);
        await context.StatisticsInfo.ExecuteDeleteAsync(cancellationToken);
        await context.RectificationRollups.ExecuteDeleteAsync(cancellationToken);
        await context.ResponseTimeRollups.ExecuteDeleteAsync(cancellationToken);
        await context.BranchResponseTimeRollups.ExecuteDeleteAsync(cancellationToken);
        await context.BranchRollups.ExecuteDeleteAsync(cancellationToken);
        await context.DivisionRollups.ExecuteDeleteAsync(cancellationToken);
        await context.ServiceProjects.ExecuteDeleteAsync(cancellationToken);
        await context.PracticalMatters.ExecuteDeleteAsync(cancellationToken);
        await context.PracticalMatterLists.ExecuteDeleteAsync(cancellationToken);
        await context.Suggestions.ExecuteDeleteAsync(cancellationToken);
        await context.OneNetworkServices.ExecuteDeleteAsync(cancellationToken);
        await context.GridWorkers.ExecuteDeleteAsync(cancellationToken);
        await context.Grids.ExecuteDeleteAsync(cancellationToken);
        await context.ResidentCadres.ExecuteDeleteAsync(cancellationToken);
        await context.WorkTeams.ExecuteDeleteAsync(cancellationToken);
        await context.FirstSecretaries.ExecuteDeleteAsync(cancellationToken);
        await context.CommitteeMembers.ExecuteDeleteAsync(cancellationToken);
        await context.Meetings.ExecuteDeleteAsync(cancellationToken);
        await context.Rectifications.ExecuteDeleteAsync(cancellationToken);
        await context.Members.ExecuteDeleteAsync(cancellationToken);
        await context.Branches.ExecuteDeleteAsync(cancellationToken);
        await context.Villages.ExecuteDeleteAsync(cancellationToken);
        await context.Townships.ExecuteDeleteAsync(cancellationToken);
        await context.Banners.ExecuteDeleteAsync(cancellationToken);
        await context.Leagues.ExecuteDeleteAsync(cancellationToken);
        await context.Regions.ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task WriteDivisionsAsync(DatabaseSink sink, DivisionCatalog catalog, CancellationToken cancellationToken)
    {
        await sink.AddAsync(catalog.Region, cancellationToken);
        await WriteAllAsync(sink, catalog.Leagues, cancellationToken);
        await WriteAllAsync(sink, catalog.Banners, cancellationToken);
        await WriteAllAsync(sink, catalog.Townships, cancellationToken);
        await sink.FlushAsync(cancellationToken);
    }

    private static async Task WriteAllAsync<T>(DatabaseSink sink, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var row in rows)
        {
            await sink.AddAsync(row, cancellationToken);
        }

        await sink.FlushAsync(cancellationToken);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics.Disclosure;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// PostgreSQL's side of a regeneration: empty the generated tables with one TRUNCATE, and load
/// without secondary indexes and foreign keys to check row by row — drop them inside the load's
/// transaction, build each once at the end (a failed load rolls the drop back with everything else).
/// </summary>
internal static class PostgresBulkMode
{
    /// <summary>What a regeneration keeps: keys, webhooks and published releases outlive the data they describe.</summary>
    private static readonly HashSet<Type> Kept =
        [typeof(ApiKey), typeof(Webhook), typeof(WebhookDelivery), typeof(StatisticsRelease), typeof(ReleasedDivisionRollup), typeof(ReleasedBranchRollup), typeof(ChangeLogHead)];

    public static async Task TruncateAsync(PartyDbContext context, CancellationToken cancellationToken)
    {
        var tables = context.Model.GetEntityTypes().Where(e => !Kept.Contains(e.ClrType))
            .Select(e => Quote(e.GetTableName()!)).Distinct(StringComparer.Ordinal);
        // The names come from the model, not from input.
        var truncate = "TRUNCATE " + string.Join(", ", tables);
        await context.Database.ExecuteSqlRawAsync(truncate, cancellationToken);
        await context.ChangeLogHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Position, 0L), cancellationToken);
    }

    /// <summary>Drops the foreign keys and secondary indexes; returns the statements that restore them, indexes first.</summary>
    public static async Task<IReadOnlyList<string>> EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var restore = new List<string>();
        var drops = new List<string>();
        await ReadAsync(connection,
            """
            SELECT format('DROP INDEX %I', i.indexname), i.indexdef
            FROM pg_indexes i
            WHERE i.schemaname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)
            UNION ALL
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
            """,
            (drop, create) => { drops.Add(drop); restore.Add(create); },
            cancellationToken);

        // Constraints are dropped before the indexes they might use, and restored after them.
        foreach (var drop in drops.OrderBy(d => d.StartsWith("DROP INDEX", StringComparison.Ordinal)))
        {
            await ExecuteAsync(connection, drop, cancellationToken);
        }

        return [.. restore.OrderBy(r => r.StartsWith("ALTER TABLE", StringComparison.Ordinal))];
    }

    public static async Task ExitAsync(DbConnection connection, IReadOnlyList<string> restore, CancellationToken cancellationToken)
    {
        foreach (var statement in restore)
        {
            await ExecuteAsync(connection, statement, cancellationToken);
        }

        await ExecuteAsync(connection, "ANALYZE", cancellationToken);
    }

    private static async Task ReadAsync(DbConnection connection, string sql, Action<string, string> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader.GetString(0), reader.GetString(1));
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}

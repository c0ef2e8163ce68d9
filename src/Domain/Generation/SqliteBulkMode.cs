using System.Data.Common;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Loading millions of rows into SQLite is several times faster without secondary indexes to
/// maintain on every insert: drop them, load, and build each once at the end.
/// </summary>
internal static class SqliteBulkMode
{
    /// <summary>Drops the indexes inside <paramref name="transaction"/>, so a failed load restores them.</summary>
    public static async Task<IReadOnlyList<string>> EnterAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var definitions = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX \"{name}\";", cancellationToken);
        }

        return [.. definitions.Select(d => d.Sql)];
    }

    public static async Task ExitAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> indexes, CancellationToken cancellationToken)
    {
        foreach (var sql in indexes)
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, "ANALYZE;", cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

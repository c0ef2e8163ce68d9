using Microsoft.Data.Sqlite;

namespace PartyOrg.Benchmarks.Floor;

/// <summary>
/// The first <c>take</c> children of many parents in one statement, the way a careful hand would write
/// it: <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY key)</c> over the rows whose parent is in an
/// IN list of parameters. One command is prepared per list length and reused.
/// </summary>
public sealed class WindowedLevel<TParent, TRow>(
    SqliteConnection connection, string table, string parentColumn, string keyColumn, string columns, int take,
    Func<SqliteDataReader, TRow> read) : IDisposable
    where TParent : notnull
{
    private readonly Dictionary<int, SqliteCommand> _commands = [];

    /// <summary>The statement as it is sent for <paramref name="parents"/> parent keys.</summary>
    public string Sql(int parents) =>
        $"""
        SELECT {parentColumn}, {columns} FROM (
            SELECT {parentColumn}, {columns}, ROW_NUMBER() OVER (PARTITION BY {parentColumn} ORDER BY {keyColumn}) AS rn
            FROM {table} WHERE {parentColumn} IN ({string.Join(", ", Enumerable.Range(0, parents).Select(i => $"@p{i}"))})
        ) WHERE rn <= {take} ORDER BY {parentColumn}, rn
        """;

    /// <summary>Each parent's page, rows in key order; parents without children are absent.</summary>
    public async Task<Dictionary<TParent, List<TRow>>> LoadAsync(IReadOnlyList<TParent> parents, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<TParent, List<TRow>>(parents.Count);
        if (parents.Count == 0)
        {
            return pages;
        }

        var command = CommandFor(parents.Count);
        for (var i = 0; i < parents.Count; i++)
        {
            command.Parameters[i].Value = parents[i];
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var parent = reader.GetFieldValue<TParent>(0);
            if (!pages.TryGetValue(parent, out var page))
            {
                pages[parent] = page = new List<TRow>(take);
            }

            page.Add(read(reader));
        }

        return pages;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private SqliteCommand CommandFor(int parents)
    {
        if (_commands.TryGetValue(parents, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = Sql(parents);
        for (var i = 0; i < parents; i++)
        {
            command.Parameters.Add(new SqliteParameter($"@p{i}", null));
        }

        command.Prepare();
        _commands[parents] = command;
        return command;
    }
}

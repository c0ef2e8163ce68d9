using System.Data;
using System.Data.Common;
using PartyOrg.Benchmarks.Setup;

namespace PartyOrg.Benchmarks.Floor;

/// <summary>
/// The first <c>take</c> children of many parents in one statement, the way a careful hand would write
/// it: <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY key)</c> over the rows whose parent is in an
/// IN list of parameters. One command is prepared per list length and reused. Identifiers are quoted, so the same
/// text runs on SQLite and PostgreSQL.
/// </summary>
public sealed class WindowedLevel<TParent, TRow>(
    DbConnection connection, string table, string parentColumn, string keyColumn, string columns, int take,
    Func<DbDataReader, TRow> read) : IDisposable
    where TParent : notnull
{
    private readonly Dictionary<int, DbCommand> _commands = [];

    /// <summary>The statement as it is sent for <paramref name="parents"/> parent keys.</summary>
    public string Sql(int parents) =>
        $"""
        SELECT "{parentColumn}", {Quoted(columns)} FROM (
            SELECT "{parentColumn}", {Quoted(columns)}, ROW_NUMBER() OVER (PARTITION BY "{parentColumn}" ORDER BY "{keyColumn}") AS rn
            FROM "{table}" WHERE "{parentColumn}" IN ({string.Join(", ", Enumerable.Range(0, parents).Select(i => $"@p{i}"))})
        ) AS page WHERE rn <= {take} ORDER BY "{parentColumn}", rn
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

    private static string Quoted(string columns) => string.Join(", ", columns.Split(',').Select(c => $"\"{c.Trim()}\""));

    private DbCommand CommandFor(int parents)
    {
        if (_commands.TryGetValue(parents, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = Sql(parents);
        for (var i = 0; i < parents; i++)
        {
            command.Add($"@p{i}", null, typeof(TParent) == typeof(long) ? DbType.Int64 : DbType.String);
        }

        command.Prepare();
        _commands[parents] = command;
        return command;
    }
}

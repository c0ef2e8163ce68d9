using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PartyOrg.Benchmarks.Hosting;

namespace PartyOrg.Benchmarks.Measuring;

/// <summary>
/// The statements EF Core sent for one request, replayed through plain prepared ADO.NET commands:
/// what the API's own SQL costs in SQLite, without EF, GraphQL or HTTP around it.
/// </summary>
public sealed class SqlReplay : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _commands;

    private SqlReplay(SqliteConnection connection, List<SqliteCommand> commands)
    {
        _connection = connection;
        _commands = commands;
    }

    public static async Task<SqlReplay> PrepareAsync(string connectionString, IEnumerable<CapturedStatement> statements, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var commands = statements.Select(s => Command(connection, s.Sql, s.Parameters)).ToList();
        return new SqlReplay(connection, commands);
    }

    /// <summary>Runs every statement once, reading every value of every row; returns the rows read.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var rows = 0;
        foreach (var command in _commands)
        {
            rows += await ReadAllAsync(command, cancellationToken);
        }

        return rows;
    }

    /// <summary>The median time of each statement alone over <paramref name="repetitions"/> runs, in milliseconds.</summary>
    public async Task<IReadOnlyList<double>> TimeEachAsync(int repetitions, CancellationToken cancellationToken)
    {
        var medians = new List<double>();
        foreach (var command in _commands)
        {
            var times = new List<double>();
            for (var i = 0; i < repetitions; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await ReadAllAsync(command, cancellationToken);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            medians.Add(Stats.Median(times));
        }

        return medians;
    }

    /// <summary>SQLite's plan for a statement, one line per step.</summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(
        string connectionString, string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = Command(connection, "EXPLAIN QUERY PLAN " + sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        var depths = new Dictionary<long, int> { [0] = 0 };
        while (await reader.ReadAsync(cancellationToken))
        {
            var depth = depths.GetValueOrDefault(reader.GetInt64(1)) + 1;
            depths[reader.GetInt64(0)] = depth;
            lines.Add(new string(' ', 2 * depth) + reader.GetString(3));
        }

        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    private static async Task<int> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.Prepare();
        return command;
    }
}

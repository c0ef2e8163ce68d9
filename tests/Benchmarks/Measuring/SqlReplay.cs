using System.Data.Common;
using System.Diagnostics;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Setup;

namespace PartyOrg.Benchmarks.Measuring;

/// <summary>
/// The statements EF Core sent for one request, replayed through plain prepared ADO.NET commands:
/// what the API's own SQL costs in the database, without EF, GraphQL or HTTP around it.
/// </summary>
public sealed class SqlReplay : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly List<DbCommand> _commands;

    private SqlReplay(DbConnection connection, List<DbCommand> commands)
    {
        _connection = connection;
        _commands = commands;
    }

    public static async Task<SqlReplay> PrepareAsync(FloorDatabase database, IEnumerable<CapturedStatement> statements, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
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

    /// <summary>The database's plan for a statement, one line per step (PostgreSQL's <c>EXPLAIN</c> as it prints it).</summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(
        FloorDatabase database, string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.IsPostgres)
        {
            await using var explain = Command(connection, "EXPLAIN " + sql, parameters, prepare: false);
            await using var plan = await explain.ExecuteReaderAsync(cancellationToken);
            var steps = new List<string>();
            while (await plan.ReadAsync(cancellationToken))
            {
                steps.Add("  " + plan.GetString(0));
            }

            return steps;
        }

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

    private static async Task<int> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
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

    private static DbCommand Command(DbConnection connection, string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters, bool prepare = true)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }

        if (prepare)
        {
            command.Prepare();
        }

        return command;
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>
/// Counters the in-process API feeds while it serves: SQL statements and the time spent in them,
/// EF Core query compilations (cache misses), and the time in GraphQL execution and in writing the
/// response. Requests run one at a time while they are read, so the difference of two readings
/// belongs to one request.
/// </summary>
public sealed class ServerProbes
{
    private long _statements;
    private long _compilations;
    private long _sqlTicks;
    private long _executionTicks;
    private long _serializationTicks;
    private volatile bool _capturing;

    /// <summary>Statements seen while capturing, with their parameters, to replay and explain.</summary>
    public ConcurrentQueue<CapturedStatement> Captured { get; } = new();

    public void StartCapture()
    {
        Captured.Clear();
        _capturing = true;
    }

    public void StopCapture() => _capturing = false;

    public void OnStatement() => Interlocked.Increment(ref _statements);

    public void OnCompilation() => Interlocked.Increment(ref _compilations);

    /// <summary>A statement's reader was disposed (or its scalar returned) <paramref name="duration"/> after it was sent.</summary>
    public void OnStatementDone(DbCommand command, TimeSpan duration)
    {
        Interlocked.Add(ref _sqlTicks, duration.Ticks);
        if (_capturing)
        {
            Captured.Enqueue(new CapturedStatement(
                command.CommandText,
                [.. command.Parameters.Cast<DbParameter>().Select(p => KeyValuePair.Create(p.ParameterName, p.Value))],
                duration));
        }
    }

    public void OnExecution(long startTimestamp) => Interlocked.Add(ref _executionTicks, Stopwatch.GetElapsedTime(startTimestamp).Ticks);

    public void OnSerialization(long startTimestamp) => Interlocked.Add(ref _serializationTicks, Stopwatch.GetElapsedTime(startTimestamp).Ticks);

    public ProbeReading Read() => new(
        Interlocked.Read(ref _statements),
        Interlocked.Read(ref _compilations),
        TimeSpan.FromTicks(Interlocked.Read(ref _sqlTicks)),
        TimeSpan.FromTicks(Interlocked.Read(ref _executionTicks)),
        TimeSpan.FromTicks(Interlocked.Read(ref _serializationTicks)));
}

/// <summary>A snapshot of the counters; subtract two to get what happened in between.</summary>
public readonly record struct ProbeReading(long Statements, long Compilations, TimeSpan Sql, TimeSpan Execution, TimeSpan Serialization)
{
    public static ProbeReading operator -(ProbeReading after, ProbeReading before) => new(
        after.Statements - before.Statements,
        after.Compilations - before.Compilations,
        after.Sql - before.Sql,
        after.Execution - before.Execution,
        after.Serialization - before.Serialization);
}

/// <summary>One SQL statement as EF Core sent it, and how long it took until its reader was disposed.</summary>
public sealed record CapturedStatement(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters, TimeSpan Duration);

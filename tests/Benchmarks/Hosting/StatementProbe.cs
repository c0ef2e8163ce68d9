using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>
/// Joins every API DbContext (AddPartyDomain adds each IInterceptor in DI): counts statements
/// and times each from its execution until its reader is disposed, which includes EF's materialisation.
/// </summary>
public sealed class StatementProbe(ServerProbes probes) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, long> _started = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Stop(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Stop(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    private void Start(DbCommand command)
    {
        probes.OnStatement();
        _started[command] = Stopwatch.GetTimestamp();
    }

    private void Stop(DbCommand command)
    {
        if (_started.TryRemove(command, out var start))
        {
            probes.OnStatementDone(command, Stopwatch.GetElapsedTime(start));
        }
    }
}

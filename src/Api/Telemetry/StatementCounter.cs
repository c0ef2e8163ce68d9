using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// Counts the SQL statements run on behalf of the current operation. The count follows the async flow of the
/// operation (its loaders and resolvers run inside it), because EF Core's contexts are made per loader batch
/// and share nothing else with the request; it decides nothing, it is only reported.
/// </summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<Tally?> Current = new();

    /// <summary>Starts counting for the calling flow and what it calls; the tally reads the count so far.</summary>
    public static Tally Begin()
    {
        var tally = new Tally();
        Current.Value = tally;
        return tally;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private static void Count() => Current.Value?.Increment();

    /// <summary>The statements one operation ran.</summary>
    public sealed class Tally
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        internal void Increment() => Interlocked.Increment(ref _count);
    }
}

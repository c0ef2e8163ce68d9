using GraphQL.Execution;
using PartyOrg.Api.Querying;

namespace PartyOrg.Api.Schema;

/// <summary>
/// Logs resolver exceptions: outside Development the client only sees a generic message, so the log must hold the rest.
/// A database that cannot be reached is no defect: the client gets <c>DATABASE_UNAVAILABLE</c> to retry on, the log one line.
/// </summary>
public static partial class ResolverErrorLog
{
    public static void Write(UnhandledExceptionContext context)
    {
        var unavailable = DatabaseFailures.IsUnavailable(context.OriginalException);
        if (unavailable)
        {
            context.Exception = DatabaseFailures.Error();
        }

        var loggers = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>();
        if (loggers is null)
        {
            return;
        }

        var field = context.FieldContext?.FieldDefinition.Name ?? "(none)";
        var logger = loggers.CreateLogger(typeof(ResolverErrorLog));
        if (unavailable)
        {
            LogDatabaseUnavailable(logger, field, context.OriginalException.GetBaseException().Message);
            return;
        }

        LogResolverFailed(logger, field, context.OriginalException);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resolving field '{Field}' failed")]
    private static partial void LogResolverFailed(ILogger logger, string field, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resolving field '{Field}' failed: the database is unavailable ({Reason})")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string field, string reason);
}

using GraphQL.Execution;

namespace PartyOrg.Api.Schema;

/// <summary>Logs resolver exceptions: outside Development the client only sees a generic message, so the log must hold the rest.</summary>
public static partial class ResolverErrorLog
{
    public static void Write(UnhandledExceptionContext context)
    {
        var loggers = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>();
        if (loggers is null)
        {
            return;
        }

        var field = context.FieldContext?.FieldDefinition.Name ?? "(none)";
        LogResolverFailed(loggers.CreateLogger(typeof(ResolverErrorLog)), field, context.OriginalException);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resolving field '{Field}' failed")]
    private static partial void LogResolverFailed(ILogger logger, string field, Exception exception);
}

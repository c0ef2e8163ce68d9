namespace PartyOrg.Api.Telemetry;

/// <summary>
/// One log line per GraphQL operation (per HTTP request; per operation on a WebSocket), in the category
/// <c>PartyOrg.Api.Requests</c>. With JSON console logs each value is its own property. The key's id is
/// logged, never the key; variables and results never.
/// </summary>
public sealed partial class RequestLog(ILoggerFactory loggers)
{
    public const string Category = "PartyOrg.Api.Requests";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public void Operation(string transport, string? type, string? name, string? keyId, double? cost, double durationMs, string outcome, long statements, string? traceId)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var operation = Shown(type, name);
            var rounded = Math.Round(durationMs, 3);
            Write(_logger, transport, operation, keyId ?? "none", cost, rounded, outcome, statements, traceId ?? string.Empty);
        }
    }

    private static string Shown(string? type, string? name) =>
        type is null ? "(unread)" : name is null ? type : $"{type} {name}";

    [LoggerMessage(EventId = 1, EventName = "GraphQLOperation", Level = LogLevel.Information,
        Message = "{Transport} {Operation} key {KeyId} cost {Cost} took {DurationMs} ms: {Outcome} ({Statements} SQL statements) trace {TraceId}")]
    private static partial void Write(ILogger logger, string transport, string operation, string keyId, double? cost, double durationMs, string outcome, long statements, string traceId);
}

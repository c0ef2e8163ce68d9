namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>The log messages of the <c>graphql-transport-ws</c> endpoint.</summary>
public static partial class WebSocketLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "WebSocket ended: {Detail}")]
    public static partial void SocketEnded(this ILogger logger, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket closed with {Code} {Description}.")]
    public static partial void Closed(this ILogger logger, int code, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closed a slow consumer (4413): {QueueLength} messages were waiting to be sent.")]
    public static partial void SlowConsumer(this ILogger logger, int queueLength);

    [LoggerMessage(Level = LogLevel.Error, Message = "The graphql-transport-ws handler failed; closing the socket with 4500.")]
    public static partial void HandlerCrashed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Operation {Id} failed outside GraphQL execution; closing the socket with 4500.")]
    public static partial void OperationCrashed(this ILogger logger, Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not serialize a {Type} message for operation {Id}; closing the socket with 4500.")]
    public static partial void SerializationFailed(this ILogger logger, Exception exception, string? type, string? id);

    [LoggerMessage(Level = LogLevel.Error, Message = "The graphql-transport-ws writer failed.")]
    public static partial void WriterCrashed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Disposing the services of operation {Id} failed.")]
    public static partial void ScopeDisposalFailed(this ILogger logger, Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The periodic authorization check of a socket failed; its next operation asks again.")]
    public static partial void AuthorizationCheckFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancelled operations were still executing {Timeout} after their socket closed.")]
    public static partial void ExecutionsOutlived(this ILogger logger, TimeSpan timeout);
}

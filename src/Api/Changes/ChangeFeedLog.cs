using System.Net;
using StackExchange.Redis;

namespace PartyOrg.Api.Changes;

/// <summary>The log messages of the change feed and its Redis fan-out.</summary>
public static partial class ChangeFeedLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the change-log head; trying again at the next poll.")]
    public static partial void HeadReadFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A change subscription stopped: the change log could not be read.")]
    public static partial void PumpFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Changes are announced through Redis {Endpoints} on channel {Channel}.")]
    public static partial void RedisConnected(this ILogger logger, IEnumerable<EndPoint> endpoints, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable ({Detail}); serving on, other instances' changes arrive by polling every {PollSeconds} s until it is back.")]
    public static partial void RedisUnavailable(this ILogger logger, string detail, double pollSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {Endpoint} lost ({FailureType}); polling every {PollSeconds} s until it is back.")]
    public static partial void RedisConnectionLost(this ILogger logger, EndPoint? endpoint, ConnectionFailureType failureType, double pollSeconds, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {Endpoint} restored.")]
    public static partial void RedisConnectionRestored(this ILogger logger, EndPoint? endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce position {Position} through Redis; other instances pick it up by polling.")]
    public static partial void RedisPublishFailed(this ILogger logger, long position, Exception exception);
}

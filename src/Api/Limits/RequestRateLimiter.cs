using System.Threading.RateLimiting;
using PartyOrg.Api.Security;
using RedisRateLimiting;
using StackExchange.Redis;

namespace PartyOrg.Api.Limits;

/// <summary>
/// Requests per minute per caller: a token bucket per API key, and per client address for requests without one.
/// Refill is continuous (a minute's permits spread over the minute), so a refused caller learns when the next permit comes.
/// With Redis configured the buckets live in Redis (RedisRateLimiting's atomic script), so every instance draws on the
/// same permits and a client cannot multiply its limit by the number of instances. While Redis is unreachable each
/// instance falls back to its own buckets (a client then gets at most its limit per instance): a Redis outage never
/// refuses requests on its own, and it is logged when it starts and when it ends.
/// </summary>
public sealed class RequestRateLimiter(RateLimitOptions options, ILogger<RequestRateLimiter> logger, SharedRateLimits? shared = null) : IDisposable
{
    private const int Periods = 12;
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(60.0 / Periods);

    private readonly PartitionedRateLimiter<string> _local = PartitionedRateLimiter.Create<string, string>(partition =>
        RateLimitPartition.GetTokenBucketLimiter(partition, key => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Limit(options, key),
            TokensPerPeriod = PerPeriod(options, key),
            ReplenishmentPeriod = Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private readonly Lock _gate = new();
    private PartitionedRateLimiter<string>? _redis;
    private int _fallingBack;

    /// <summary>Null when the request may go on; otherwise the limit it broke and the seconds until a permit comes.</summary>
    public async ValueTask<(int Limit, int RetryAfterSeconds)?> TryAcquireAsync(Caller caller, string? clientAddress, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var partition = caller.RateLimitPartition(clientAddress);
        if (Shared() is { } redis)
        {
            try
            {
                using var sharedLease = await redis.AcquireAsync(partition, 1, cancellationToken);
                if (Interlocked.Exchange(ref _fallingBack, 0) == 1)
                {
                    logger.SharedLimitsRestored();
                }

                return Refusal(sharedLease, partition);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                FallBack(e.Message);
            }
        }
        else if (shared is not null)
        {
            FallBack("not connected");
        }

        using var lease = _local.AttemptAcquire(partition);
        return Refusal(lease, partition);
    }

    public void Dispose()
    {
        _local.Dispose();
        _redis?.Dispose();
    }

    /// <summary>Whose limit a refusal speaks of, for its message.</summary>
    public static string Per(Caller caller) => caller.KeyId is null ? "for each client address without a key" : "for this API key";

    /// <summary>The Redis buckets, made on first use once the connection is up; null without Redis or while it is down.</summary>
    private PartitionedRateLimiter<string>? Shared()
    {
        if (shared?.Connection is not { IsConnected: true } connection)
        {
            return null;
        }

        lock (_gate)
        {
            return _redis ??= PartitionedRateLimiter.Create<string, string>(partition =>
                RedisRateLimitPartition.GetTokenBucketRateLimiter(options.RedisKeyPrefix + partition, _ => new RedisTokenBucketRateLimiterOptions
                {
                    ConnectionMultiplexerFactory = () => connection,
                    TokenLimit = Limit(options, partition),
                    TokensPerPeriod = PerPeriod(options, partition),
                    ReplenishmentPeriod = Period,
                }));
        }
    }

    private void FallBack(string reason)
    {
        if (Interlocked.Exchange(ref _fallingBack, 1) == 0)
        {
            logger.SharedLimitsUnavailable(reason);
        }
    }

    private (int Limit, int RetryAfterSeconds)? Refusal(RateLimitLease lease, string partition)
    {
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds)
            : lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? seconds
            : (int)Period.TotalSeconds;
        return (Limit(options, partition), Math.Max(1, retryAfter));
    }

    private static int Limit(RateLimitOptions options, string partition) =>
        partition.StartsWith("key:", StringComparison.Ordinal) ? options.PerKeyPerMinute : options.AnonymousPerMinute;

    private static int PerPeriod(RateLimitOptions options, string partition) => Math.Max(1, Limit(options, partition) / Periods);
}

/// <summary>The Redis connection rate limits are shared through; registered only when Redis is configured.</summary>
public sealed class SharedRateLimits(Func<IConnectionMultiplexer?> connection)
{
    public IConnectionMultiplexer? Connection => connection();
}

internal static partial class RateLimitLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limits cannot be shared through Redis ({Reason}): each instance limits on its own until Redis answers again.")]
    public static partial void SharedLimitsUnavailable(this ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limits are shared through Redis again.")]
    public static partial void SharedLimitsRestored(this ILogger logger);
}

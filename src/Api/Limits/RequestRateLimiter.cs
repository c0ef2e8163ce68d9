using System.Threading.RateLimiting;
using PartyOrg.Api.Security;

namespace PartyOrg.Api.Limits;

/// <summary>
/// Requests per minute per caller: a token bucket per API key, and per client address for requests without one.
/// Refill is continuous (a minute's permits spread over the minute), so a refused caller learns when the next permit comes.
/// </summary>
public sealed class RequestRateLimiter(RateLimitOptions options) : IDisposable
{
    private const int Periods = 12;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(partition =>
        RateLimitPartition.GetTokenBucketLimiter(partition, key => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Limit(options, key),
            TokensPerPeriod = Math.Max(1, Limit(options, key) / Periods),
            ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 / Periods),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null when the request may go on; otherwise the limit it broke and the seconds until a permit comes.</summary>
    public (int Limit, int RetryAfterSeconds)? TryAcquire(Caller caller, string? clientAddress)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var partition = caller.RateLimitPartition(clientAddress);
        using var lease = _limiter.AttemptAcquire(partition);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60 / Periods;
        return (Limit(options, partition), Math.Max(1, retryAfter));
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>Whose limit a refusal speaks of, for its message.</summary>
    public static string Per(Caller caller) => caller.KeyId is null ? "for each client address without a key" : "for this API key";

    private static int Limit(RateLimitOptions options, string partition) =>
        partition.StartsWith("key:", StringComparison.Ordinal) ? options.PerKeyPerMinute : options.AnonymousPerMinute;
}

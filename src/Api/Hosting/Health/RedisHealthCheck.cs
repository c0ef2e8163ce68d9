using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Changes.Redis;

namespace PartyOrg.Api.Hosting.Health;

/// <summary>
/// Redis, when configured, only wakes other instances early: without it they still see every commit at their
/// next poll. So a lost link makes the instance degraded (still ready), not unhealthy.
/// </summary>
public sealed class RedisHealthCheck(RedisChangeBus bus, ChangeFeedOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Redis is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Redis is not configured; instances find commits by polling."));
        }

        return Task.FromResult(bus.IsConnected
            ? HealthCheckResult.Healthy("Connected to Redis.")
            : HealthCheckResult.Degraded($"Redis is not connected; other instances' commits arrive within {options.PollSeconds} s by polling."));
    }
}

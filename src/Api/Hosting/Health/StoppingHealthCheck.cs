using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartyOrg.Api.Hosting.Health;

/// <summary>Not ready once shutdown has begun, so a load balancer stops sending new work while in-flight requests finish.</summary>
public sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("The instance is shutting down.")
            : HealthCheckResult.Healthy("The instance takes requests."));
}

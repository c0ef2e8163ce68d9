using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Hosting.Health;

/// <summary>Ready when the database answers, has this version's schema and a finished seed.</summary>
public sealed class DatabaseHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = await readiness.CheckAsync(cancellationToken);
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["reachable"] = state.Reachable,
            ["schemaCurrent"] = state.Current,
            ["seeded"] = state.Seeded,
        };
        return state.Ready
            ? HealthCheckResult.Healthy("The database is reachable, current and seeded.", data)
            : HealthCheckResult.Unhealthy(state.Problem, data: data);
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Hosting.Health;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (database reachable, current and seeded;
/// Redis when configured; not shutting down). Everyone gets the status word; only an admin key gets each check.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPartyHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoppingHealthCheck>("accepting", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapPartyHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!await IsAdminAsync(context))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(report.Status.ToString(), context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, HealthDetail.Of(report), HealthDetail.Json, context.RequestAborted);
    }

    /// <summary>A key that cannot be checked (the database is down, say) gets the anonymous answer rather than an error.</summary>
    private static async Task<bool> IsAdminAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return false;
        }

        try
        {
            var authentication = await context.RequestServices.GetRequiredService<KeyAuthenticator>().FromHeaderAsync(header, context.RequestAborted);
            return authentication.Caller?.Role == Role.Admin;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }
}

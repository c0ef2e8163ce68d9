using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// Registers the service's spans, metrics and request log, and OpenTelemetry's providers when something
/// exports them. The providers are flushed and shut down by the host when it stops, after the server has
/// finished its requests (the OpenTelemetry hosted service is registered before the web server's).
/// </summary>
public static class TelemetryRegistration
{
    public static IServiceCollection AddPartyTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        services.AddSingleton(options);
        services.AddOperationTelemetry();
        services.AddSingleton<RedisTracing>();
        services.AddSingleton<IInterceptor, StatementCounter>();
        if (!options.TracesCollected && !options.MetricsCollected)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(options.ServiceName));
        if (options.TracesCollected)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(ApiTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsHousekeeping(context.Request.Path, options))
                .AddEntityFrameworkCoreInstrumentation(ef => ef.Filter = (_, _) => IsPartOfAnOperation())
                .AddRedisInstrumentation()
                .ConfigureRedisInstrumentation((provider, redis) => provider.GetRequiredService<RedisTracing>().Use(redis)));
        }

        if (options.MetricsCollected)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(ApiTelemetry.Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (options.Prometheus.Enabled)
                {
                    metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeEndpointPath = options.Prometheus.Path);
                }
            });
        }

        if (options.OtlpEnabled)
        {
            telemetry.UseOtlpExporter(options.Otlp.Protocol, new Uri(options.Otlp.Endpoint!));
        }

        return services;
    }

    /// <summary>What the transports record every operation with; safe to call more than once (each transport asks for it).</summary>
    public static IServiceCollection AddOperationTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton<ApiMetrics>();
        services.TryAddSingleton<RequestLog>();
        services.TryAddSingleton<OperationTelemetryFactory>();
        services.TryAddSingleton<SubscriptionTelemetry>();
        return services;
    }

    /// <summary>Serves the Prometheus text format at the configured path when it is enabled; otherwise the path is not mapped.</summary>
    public static IEndpointRouteBuilder MapPartyTelemetry(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<TelemetryOptions>();
        if (options.Prometheus.Enabled && options.MetricsCollected)
        {
            endpoints.MapPrometheusScrapingEndpoint(options.Prometheus.Path);
        }

        return endpoints;
    }

    /// <summary>
    /// Statements of background work (the change feed's polls, webhook leases) would each be a trace of their own
    /// every few seconds; only those inside a traced request or operation are kept. When the filter runs the
    /// statement's own span may already be current: then its parent tells.
    /// </summary>
    private static bool IsPartOfAnOperation() =>
        Activity.Current is { } current && (current.Source.Name != EntityFrameworkSource || current.ParentSpanId != default);

    private const string EntityFrameworkSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    /// <summary>Health probes and scrapes come every few seconds and say nothing about the API's work.</summary>
    private static bool IsHousekeeping(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(options.Prometheus.Path, StringComparison.Ordinal);
}

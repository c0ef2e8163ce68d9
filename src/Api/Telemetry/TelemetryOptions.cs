using OpenTelemetry.Exporter;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// The <c>Telemetry</c> configuration section. Nothing is collected unless something exports it: traces
/// follow the OTLP exporter, metrics the OTLP exporter or the Prometheus endpoint; <c>Tracing:Enabled</c> and
/// <c>Metrics:Enabled</c> force either on (for an exporter added in code) or off.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public string ServiceName { get; set; } = "party-org-api";

    public OtlpSettings Otlp { get; set; } = new();

    public PrometheusSettings Prometheus { get; set; } = new();

    public SignalSettings Tracing { get; set; } = new();

    public SignalSettings Metrics { get; set; } = new();

    public bool OtlpEnabled => !string.IsNullOrWhiteSpace(Otlp.Endpoint);

    public bool TracesCollected => Tracing.Enabled ?? OtlpEnabled;

    public bool MetricsCollected => Metrics.Enabled ?? (OtlpEnabled || Prometheus.Enabled);

    public static TelemetryOptions Load(IConfiguration? configuration)
    {
        TelemetryOptions options;
        try
        {
            options = configuration?.GetSection(Section).Get<TelemetryOptions>() ?? new();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"{e.Message} Expected: {Section}:Otlp:Endpoint a URL, {Section}:Otlp:Protocol Grpc or HttpProtobuf, " +
                $"{Section}:Prometheus:Enabled, {Section}:Tracing:Enabled and {Section}:Metrics:Enabled true or false.");
        }

        options.Validate();
        return options;
    }

    private void Validate()
    {
        if (OtlpEnabled && !(Uri.TryCreate(Otlp.Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            throw new ConfigurationException($"{Section}:Otlp:Endpoint must be an http or https URL such as http://localhost:4317, got '{Otlp.Endpoint}'.");
        }

        if (!Enum.IsDefined(Otlp.Protocol))
        {
            throw new ConfigurationException($"{Section}:Otlp:Protocol must be Grpc or HttpProtobuf, got '{Otlp.Protocol}'.");
        }

        if (string.IsNullOrWhiteSpace(ServiceName) || !Prometheus.Path.StartsWith('/'))
        {
            throw new ConfigurationException($"{Section}:ServiceName must not be empty and {Section}:Prometheus:Path must start with '/', got '{ServiceName}' and '{Prometheus.Path}'.");
        }
    }

    public sealed class OtlpSettings
    {
        /// <summary>The collector's base URL (gRPC, e.g. http://localhost:4317; or HTTP, e.g. http://localhost:4318).</summary>
        public string? Endpoint { get; set; }

        public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;
    }

    public sealed class PrometheusSettings
    {
        public bool Enabled { get; set; }

        public string Path { get; set; } = "/metrics";
    }

    public sealed class SignalSettings
    {
        public bool? Enabled { get; set; }
    }
}

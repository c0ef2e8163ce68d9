using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartyOrg.Api.Tests.Querying.Statements;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Telemetry;

/// <summary>
/// Telemetry is read from OpenTelemetry's listeners, which hear every host in the process: these tests run alone,
/// after the parallel ones, so the counts they read are their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry, alone";
}

/// <summary>The API with tracing and metrics on, exported to memory, the Prometheus endpoint on, and its logs recorded.</summary>
public class TelemetryApi : ApiFactory
{
    public List<Activity> Spans { get; } = [];

    public List<Metric> Metrics { get; } = [];

    public LogRecorder Logs { get; } = new();

    public StatementCounter Statements { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Webhooks:Deliver", "false"),
        new("Telemetry:Tracing:Enabled", "true"),
        new("Telemetry:Metrics:Enabled", "true"),
        new("Telemetry:Prometheus:Enabled", "true"),
        new("Security:Limits:MaxFieldCost", "100000"),
    ];

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
        services.AddSingleton<ILoggerProvider>(Logs);
        services.WithoutStatisticsReleaseJob().AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Statements);
    }

    /// <summary>The spans exported so far (the exporter adds from the server's threads).</summary>
    public IReadOnlyList<Activity> ExportedSpans()
    {
        lock (Spans)
        {
            return [.. Spans];
        }
    }

    /// <summary>The first exported span with this name, waiting for it to end.</summary>
    public async Task<Activity> SpanAsync(string name)
    {
        await Eventually.TrueAsync(() => ExportedSpans().Any(s => s.DisplayName == name), $"a span '{name}' is exported");
        return ExportedSpans().First(s => s.DisplayName == name);
    }

    /// <summary>Every span below this one, however deep.</summary>
    public IReadOnlyList<Activity> Descendants(Activity root)
    {
        var spans = ExportedSpans().Where(s => s.TraceId == root.TraceId).ToList();
        var below = new HashSet<ActivitySpanId> { root.SpanId };
        var found = new List<Activity>();
        bool grew;
        do
        {
            var next = spans.Where(s => !found.Contains(s) && below.Contains(s.ParentSpanId)).ToList();
            found.AddRange(next);
            below.UnionWith(next.Select(s => s.SpanId));
            grew = next.Count > 0;
        }
        while (grew);
        return found;
    }

    /// <summary>Collects the metrics now and returns the sum of the points of this instrument whose tags include all of these.</summary>
    public long Sum(string instrument, params (string Key, object Value)[] tags)
    {
        Metrics.Clear();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        long sum = 0;
        foreach (var metric in Metrics.Where(m => m.Name == instrument))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                if (tags.All(t => pointTags.TryGetValue(t.Key, out var value) && Equals(value, t.Value)))
                {
                    sum += metric.MetricType switch
                    {
                        MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
                        MetricType.Histogram => point.GetHistogramCount(),
                        _ => throw new InvalidOperationException($"{instrument} is a {metric.MetricType}."),
                    };
                }
            }
        }

        return sum;
    }

    /// <summary>All text telemetry holds: span names, tags, events, status; metric names and point tags; log lines and their values.</summary>
    public string AllText()
    {
        Metrics.Clear();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        var text = new List<string>();
        foreach (var span in ExportedSpans())
        {
            text.Add(span.DisplayName);
            text.Add(span.StatusDescription ?? string.Empty);
            text.AddRange(span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            text.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}")));
        }

        foreach (var metric in Metrics)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    text.Add($"{metric.Name} {tag.Key}={tag.Value}");
                }
            }
        }

        text.AddRange(Logs.Entries.SelectMany(e => e.Values.Select(v => $"{v.Key}={v.Value}").Append(e.Message)));
        return string.Join('\n', text);
    }
}

/// <summary>Records every log entry of the host: its category, message and structured values.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            lock (owner._entries)
            {
                owner._entries.Add(new LogEntry(category, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal)));
            }
        }
    }
}

public sealed record LogEntry(string Category, string Message, IReadOnlyDictionary<string, object?> Values);

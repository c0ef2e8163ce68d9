using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartyOrg.Api.Hosting.Health;

/// <summary>What an admin sees of a health report: each check's status, description, facts and duration.</summary>
public sealed record HealthDetail(string Status, double DurationMs, IReadOnlyDictionary<string, HealthEntryDetail> Checks)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static HealthDetail Of(HealthReport report) => new(
        report.Status.ToString(),
        Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new HealthEntryDetail(
                entry.Value.Status.ToString(),
                entry.Value.Description,
                entry.Value.Data.Count == 0 ? null : entry.Value.Data,
                Math.Round(entry.Value.Duration.TotalMilliseconds, 1)),
            StringComparer.Ordinal));
}

public sealed record HealthEntryDetail(string Status, string? Description, IReadOnlyDictionary<string, object>? Data, double DurationMs);

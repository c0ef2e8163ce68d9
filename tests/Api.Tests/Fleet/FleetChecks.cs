using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>What must hold of the shared database after a fault, read from its rows.</summary>
public static class FleetChecks
{
    private static readonly JsonSerializerOptions Rows = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    /// <summary>Every rollup row of every statistics table, each as JSON, sorted: two snapshots are equal when the rollups are.</summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> RollupsAsync(FleetDatabase database)
    {
        await using var db = database.Open();
        return new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["DivisionRollups"] = Json(await db.DivisionRollups.AsNoTracking().ToListAsync()),
            ["BranchRollups"] = Json(await db.BranchRollups.AsNoTracking().ToListAsync()),
            ["RectificationRollups"] = Json(await db.RectificationRollups.AsNoTracking().ToListAsync()),
            ["ResponseTimeRollups"] = Json(await db.ResponseTimeRollups.AsNoTracking().ToListAsync()),
            ["BranchResponseTimeRollups"] = Json(await db.BranchResponseTimeRollups.AsNoTracking().ToListAsync()),
        };
    }

    /// <summary>The rollups the changes left equal the ones <c>stats recompute</c> computes from the base tables.</summary>
    public static async Task AssertRollupsEqualRecomputeAsync(ApiFleet fleet)
    {
        var incremental = await RollupsAsync(fleet.Database);
        var report = Assert.Single(await fleet.RunCommandAsync("stats", "recompute"));
        Assert.StartsWith("Recomputed ", report, StringComparison.Ordinal);
        var recomputed = await RollupsAsync(fleet.Database);

        foreach (var (table, rows) in recomputed)
        {
            Assert.True(rows.Count > 0, $"{table} is empty after the recompute.");
            var differing = rows.Except(incremental[table], StringComparer.Ordinal).Take(3).ToList();
            Assert.True(differing.Count == 0 && rows.Count == incremental[table].Count,
                $"{table}: {incremental[table].Count} rows kept by the changes, {rows.Count} recomputed; recomputed rows the changes did not leave: {string.Join("\n", differing)}");
        }
    }

    /// <summary>The log after <paramref name="from"/> has every position up to the head once, and the head row agrees.</summary>
    public static async Task<IReadOnlyList<ChangeEvent>> AssertLogContiguousAsync(FleetDatabase database, long from)
    {
        await using var db = database.Open();
        var head = await db.ChangeLogHeads.Select(h => h.Position).SingleAsync();
        var events = await db.ChangeEvents.AsNoTracking().Where(e => e.Position > from).OrderBy(e => e.Position).ToListAsync();
        Assert.Equal(Enumerable.Range(1, (int)(head - from)).Select(n => from + n), events.Select(e => e.Position));
        return events;
    }

    private static List<string> Json<T>(List<T> rows) =>
        [.. rows.Select(r => JsonSerializer.Serialize(r, Rows)).Order(StringComparer.Ordinal)];
}

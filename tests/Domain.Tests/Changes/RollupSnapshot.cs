using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Tests.Generation;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>Every rollup row as it stands, compared with a full recompute from the base tables.</summary>
public static class RollupSnapshot
{
    /// <summary>
    /// Snapshots all rollup rows and asserts they equal what the recompute (<see cref="RollupStore"/>'s
    /// calculator, run in memory so the stored rows stay as the changes left them) makes of the base tables.
    /// </summary>
    public static async Task AssertEqualsRecomputeAsync(SeededDatabase database)
    {
        await using var db = database.CreateDbContext();
        var ageAsOf = await db.StatisticsInfo.Select(s => s.AgeAsOf).SingleAsync();
        var kept = Rows(
            await db.DivisionRollups.AsNoTracking().ToListAsync(),
            await db.BranchRollups.AsNoTracking().ToListAsync(),
            await db.RectificationRollups.AsNoTracking().ToListAsync());
        AddResponseTimes(kept, await db.ResponseTimeRollups.AsNoTracking().ToListAsync(), await db.BranchResponseTimeRollups.AsNoTracking().ToListAsync());
        var computed = await new RollupCalculator(db, ageAsOf).ComputeAsync(CancellationToken.None);
        var recomputed = Rows(computed.Divisions, computed.Branches, computed.Rectifications);
        AddResponseTimes(recomputed, computed.ResponseTimes, computed.BranchResponseTimes);

        var differences = recomputed.Keys.Union(kept.Keys)
            .Where(key => kept.GetValueOrDefault(key) != recomputed.GetValueOrDefault(key))
            .Select(key => $"{key}: {Describe(kept.GetValueOrDefault(key), recomputed.GetValueOrDefault(key))}")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} rollup rows differ from a recompute:\n" + string.Join("\n", differences.Take(5)));
    }

    /// <summary>Each row as JSON by its key; a rectification row counting nothing is the same as no row.</summary>
    private static Dictionary<string, string> Rows(
        IEnumerable<DivisionRollup> divisions, IEnumerable<BranchRollup> branches, IEnumerable<RectificationRollup> rectifications)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in divisions)
        {
            rows[$"Division {row.Code}"] = JsonSerializer.Serialize(row);
        }

        foreach (var row in branches)
        {
            rows[$"Branch {row.BranchId}"] = JsonSerializer.Serialize(row);
        }

        foreach (var row in rectifications.Where(r => r.Completed != 0))
        {
            rows[$"Rectifications {row.Code} {row.ListedYear}"] = JsonSerializer.Serialize(row);
        }

        return rows;
    }

    /// <summary>The reply-time histograms; a bucket counting nothing is the same as no bucket.</summary>
    private static void AddResponseTimes(Dictionary<string, string> rows, IEnumerable<ResponseTimeRollup> divisions, IEnumerable<BranchResponseTimeRollup> branches)
    {
        foreach (var row in divisions.Where(r => r.Count != 0))
        {
            rows[$"Reply times {row.Code} {row.Days}"] = JsonSerializer.Serialize(row);
        }

        foreach (var row in branches.Where(r => r.Count != 0))
        {
            rows[$"Branch reply times {row.BranchId} {row.Days}"] = JsonSerializer.Serialize(row);
        }
    }

    private static string Describe(string? kept, string? recomputed)
    {
        if (kept is null || recomputed is null)
        {
            return $"kept {kept ?? "no row"}, recomputed {recomputed ?? "no row"}";
        }

        var before = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(kept)!;
        var after = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(recomputed)!;
        return string.Join(", ", before.Where(p => p.Value.ToString() != after[p.Key].ToString())
            .Select(p => $"{p.Key} kept {p.Value} recomputed {after[p.Key]}"));
    }
}

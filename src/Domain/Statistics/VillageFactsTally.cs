using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>Adds each village's facts (centre, committee, assignments, grids, fund) to the village and its ancestors.</summary>
internal sealed class VillageFactsTally(PartyDbContext db, Dictionary<string, DivisionRollup> divisions)
{
    public async Task AddAsync(CancellationToken cancellationToken)
    {
        var committees = (await db.CommitteeMembers.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.VillageCode, StringComparer.Ordinal);
        var firstSecretaries = (await db.FirstSecretaries.Where(f => f.EndedOn == null).Select(f => f.VillageCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var teams = await db.WorkTeams.Where(w => w.EndedOn == null)
            .Select(w => new { w.VillageCode, Cadres = db.ResidentCadres.Count(r => r.WorkTeamId == w.Id) })
            .ToListAsync(cancellationToken);
        var grids = await db.Grids.GroupBy(g => g.VillageCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var gridWorkers = await db.GridWorkers.Join(db.Grids, w => w.GridId, g => g.Id, (w, g) => g.VillageCode)
            .GroupBy(code => code)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var teamsByVillage = teams.ToLookup(t => t.VillageCode, StringComparer.Ordinal);

        await foreach (var village in db.Villages.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var committee = committees[village.Code].ToList();
            var facts = new VillageFacts(
                village,
                committee,
                firstSecretaries.Contains(village.Code),
                [.. teamsByVillage[village.Code].Select(t => t.Cadres)],
                grids.GetValueOrDefault(village.Code),
                gridWorkers.GetValueOrDefault(village.Code));
            foreach (var code in DivisionLevels.AncestryOfVillage(village.Code))
            {
                VillageBuckets.Apply(divisions[code], facts, 1);
            }
        }
    }
}

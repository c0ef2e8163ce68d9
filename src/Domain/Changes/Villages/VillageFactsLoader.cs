using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Domain.Changes.Villages;

/// <summary>
/// One village's facts, read as <see cref="VillageFactsTally"/> reads them for every village: the
/// committee, a serving first secretary, the cadres of each stationed work team, grids and workers.
/// </summary>
internal static class VillageFactsLoader
{
    public static async Task<VillageFacts> LoadAsync(PartyDbContext db, Village village, CancellationToken cancellationToken)
    {
        var code = village.Code;
        var committee = await db.CommitteeMembers.AsNoTracking().Where(c => c.VillageCode == code).ToListAsync(cancellationToken);
        var hasFirstSecretary = await db.FirstSecretaries.AnyAsync(f => f.VillageCode == code && f.EndedOn == null, cancellationToken);
        var teamCadres = await db.WorkTeams.Where(w => w.VillageCode == code && w.EndedOn == null)
            .Select(w => db.ResidentCadres.Count(r => r.WorkTeamId == w.Id))
            .ToListAsync(cancellationToken);
        var grids = await db.Grids.CountAsync(g => g.VillageCode == code, cancellationToken);
        var gridWorkers = await db.GridWorkers.Join(db.Grids, w => w.GridId, g => g.Id, (w, g) => g.VillageCode)
            .CountAsync(c => c == code, cancellationToken);
        return new VillageFacts(village, committee, hasFirstSecretary, teamCadres, grids, gridWorkers);
    }

    /// <summary>
    /// Runs a change of the village's facts between taking its old facts out of the rollups and putting
    /// the new ones in; the new facts are read back from the database, exactly as a recompute reads them.
    /// </summary>
    public static async Task ChangeAsync(ChangeSession session, Village village, Func<Task> change, CancellationToken cancellationToken)
    {
        var db = session.Db;
        await session.Rollups.VillageFactsAsync(await LoadAsync(db, village, cancellationToken), -1, cancellationToken);
        await change();
        await db.SaveChangesAsync(cancellationToken);
        await session.Rollups.VillageFactsAsync(await LoadAsync(db, village, cancellationToken), 1, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

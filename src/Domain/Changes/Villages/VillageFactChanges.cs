using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.Villages;

/// <summary>
/// Changes to the facts recorded on a village: its service centre, its grids and its two committees.
/// Each carries the village's version and moves the village's counts in the rollups.
/// </summary>
public sealed class VillageFactChanges(ChangeRunner runner)
{
    public Task<ChangeOutcome<Village>> UpdateServiceCenterAsync(UpdateServiceCenter input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var (village, refusal) = await VillageRules.FindAsync(session, input.VillageCode, input.Version, ct);
            if (village is null)
            {
                return ChangeOutcome.Failure<Village>(refusal!);
            }

            if (input.LinkedOnline && !input.HasServiceCenter)
            {
                return ChangeOutcome.Invalid<Village>("Only a service centre can be linked online.", "linkedOnline");
            }

            await VillageFactsLoader.ChangeAsync(session, village, () =>
            {
                village.HasServiceCenter = input.HasServiceCenter;
                village.ServiceCenterLinkedOnline = input.LinkedOnline;
                village.Version++;
                return Task.CompletedTask;
            }, ct);
            session.Record(ChangeKind.ServiceCenterUpdated, village.Code, VillageRules.Subject(village.Code),
                new { VillageCode = village.Code, village.HasServiceCenter, LinkedOnline = village.ServiceCenterLinkedOnline });
            return ChangeOutcome.Success(village);
        }, cancellationToken);

    public Task<ChangeOutcome<Village>> UpdateGridsAsync(UpdateGrids input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (village, refusal) = await VillageRules.FindAsync(session, input.VillageCode, input.Version, ct);
            if (village is null)
            {
                return ChangeOutcome.Failure<Village>(refusal!);
            }

            var grids = input.Grids ?? [];
            var problem = grids.Count == 0 ? new ChangeError(ChangeErrorCode.Invalid, "A village has at least one grid.", "grids")
                : grids.Any(g => g.Households < 0) ? new ChangeError(ChangeErrorCode.Invalid, "A grid's households are 0 or more.", "grids")
                : grids.Any(g => (g.Workers ?? []).Count == 0) ? new ChangeError(ChangeErrorCode.Invalid, "Every grid has at least one grid worker.", "grids")
                : grids.SelectMany(g => g.Workers).Select(w => VillageRules.CheckText(w.Name, "A grid worker's name", "grids")).FirstOrDefault(e => e is not null);
            if (problem is not null)
            {
                return ChangeOutcome.Failure<Village>(problem);
            }

            var firstGrid = (await db.Grids.MaxAsync(g => (long?)g.Id, ct) ?? 0) + 1;
            var firstWorker = (await db.GridWorkers.MaxAsync(w => (long?)w.Id, ct) ?? 0) + 1;
            var rows = grids.Select((g, k) => new Grid { Id = firstGrid + k, VillageCode = village.Code, Number = k + 1, Households = g.Households }).ToList();
            var workers = grids.SelectMany((g, k) => g.Workers.Select(w => (GridId: firstGrid + k, Worker: w)))
                .Select((w, k) => new GridWorker { Id = firstWorker + k, GridId = w.GridId, Name = w.Worker.Name.Trim(), FullTime = w.Worker.FullTime })
                .ToList();
            await VillageFactsLoader.ChangeAsync(session, village, async () =>
            {
                await db.GridWorkers.Where(w => db.Grids.Any(g => g.Id == w.GridId && g.VillageCode == village.Code)).ExecuteDeleteAsync(ct);
                await db.Grids.Where(g => g.VillageCode == village.Code).ExecuteDeleteAsync(ct);
                db.Grids.AddRange(rows);
                db.GridWorkers.AddRange(workers);
                village.Version++;
            }, ct);
            session.Record(ChangeKind.GridsUpdated, village.Code, VillageRules.Subject(village.Code),
                new { VillageCode = village.Code, Grids = rows.Count, GridWorkers = workers.Count, Households = rows.Sum(g => g.Households) });
            return ChangeOutcome.Success(village);
        }, cancellationToken);

    public Task<ChangeOutcome<Village>> ElectCommitteeAsync(ElectCommittee input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (village, refusal) = await VillageRules.FindAsync(session, input.VillageCode, input.Version, ct);
            if (village is null)
            {
                return ChangeOutcome.Failure<Village>(refusal!);
            }

            var members = input.Members ?? [];
            if (CommitteeRules.Check(members) is { } problem)
            {
                return ChangeOutcome.Failure<Village>(problem);
            }

            var firstId = (await db.CommitteeMembers.MaxAsync(c => (long?)c.Id, ct) ?? 0) + 1;
            var rows = CommitteeRules.Rows(village.Code, members, firstId).ToList();
            await VillageFactsLoader.ChangeAsync(session, village, async () =>
            {
                await db.CommitteeMembers.Where(c => c.VillageCode == village.Code).ExecuteDeleteAsync(ct);
                db.CommitteeMembers.AddRange(rows);
                village.Version++;
            }, ct);
            session.Record(ChangeKind.CommitteeElected, village.Code, VillageRules.Subject(village.Code),
                new
                {
                    VillageCode = village.Code,
                    Members = rows.Count,
                    Secretary = rows.Single(r => r.IsPartySecretary).Name,
                    Chair = rows.Single(r => r.IsChair).Name,
                    OneShoulder = rows.Any(r => r.IsPartySecretary && r.IsChair),
                });
            return ChangeOutcome.Success(village);
        }, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.Villages;

/// <summary>First secretaries and work teams sent to villages: each moves the village's counts in the rollups.</summary>
public sealed class VillageAssignments(ChangeRunner runner, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<ChangeOutcome<FirstSecretary>> AssignFirstSecretaryAsync(AssignFirstSecretary input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (village, refusal) = await VillageRules.FindAsync(session, input.VillageCode, null, ct);
            var problem = refusal
                ?? VillageRules.CheckText(input.Name, "A name", "name")
                ?? VillageRules.CheckText(input.SentBy, "A sending unit", "sentBy", VillageRules.MaxUnitLength)
                ?? VillageRules.CheckDate(input.StartedOn, Today, "startedOn");
            if (problem is not null)
            {
                return ChangeOutcome.Failure<FirstSecretary>(problem);
            }

            if (await db.FirstSecretaries.FirstOrDefaultAsync(f => f.VillageCode == village!.Code && f.EndedOn == null, ct) is { } serving)
            {
                return ChangeOutcome.Invalid<FirstSecretary>(
                    $"{serving.Name} serves as first secretary of {village!.Code} since {serving.StartedOn:yyyy-MM-dd}: end that assignment first.", "villageCode");
            }

            var secretary = new FirstSecretary
            {
                Id = (await db.FirstSecretaries.MaxAsync(f => (long?)f.Id, ct) ?? 0) + 1,
                VillageCode = village!.Code,
                Name = input.Name.Trim(),
                SentBy = input.SentBy.Trim(),
                StartedOn = input.StartedOn,
            };
            await VillageFactsLoader.ChangeAsync(session, village, () =>
            {
                db.FirstSecretaries.Add(secretary);
                return Task.CompletedTask;
            }, ct);
            session.Record(ChangeKind.FirstSecretaryAssigned, village.Code, VillageRules.Subject(village.Code),
                new { VillageCode = village.Code, FirstSecretaryId = secretary.Id, secretary.Name, secretary.SentBy, secretary.StartedOn });
            return ChangeOutcome.Success(secretary);
        }, cancellationToken);

    public Task<ChangeOutcome<FirstSecretary>> EndFirstSecretaryAssignmentAsync(EndFirstSecretaryAssignment input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (village, refusal) = await VillageRules.FindAsync(session, input.VillageCode, null, ct);
            if (village is null)
            {
                return ChangeOutcome.Failure<FirstSecretary>(refusal!);
            }

            var serving = await db.FirstSecretaries.FirstOrDefaultAsync(f => f.VillageCode == village.Code && f.EndedOn == null, ct);
            if (serving is null)
            {
                return ChangeOutcome.Invalid<FirstSecretary>($"No first secretary serves in {village.Code}.", "villageCode");
            }

            if (input.EndedOn < serving.StartedOn || input.EndedOn > Today)
            {
                return ChangeOutcome.Invalid<FirstSecretary>(
                    $"The assignment began on {serving.StartedOn:yyyy-MM-dd}; it ends between then and today, not on {input.EndedOn:yyyy-MM-dd}.", "endedOn");
            }

            await VillageFactsLoader.ChangeAsync(session, village, () =>
            {
                serving.EndedOn = input.EndedOn;
                return Task.CompletedTask;
            }, ct);
            session.Record(ChangeKind.FirstSecretaryAssignmentEnded, village.Code, VillageRules.Subject(village.Code),
                new { VillageCode = village.Code, FirstSecretaryId = serving.Id, serving.EndedOn });
            return ChangeOutcome.Success(serving);
        }, cancellationToken);

    public Task<ChangeOutcome<WorkTeam>> AssignWorkTeamAsync(AssignWorkTeam input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (village, refusal) = await VillageRules.FindAsync(session, input.VillageCode, null, ct);
            var names = input.CadreNames ?? [];
            var problem = refusal
                ?? VillageRules.CheckText(input.SentBy, "A sending unit", "sentBy", VillageRules.MaxUnitLength)
                ?? VillageRules.CheckDate(input.StartedOn, Today, "startedOn")
                ?? (names.Count == 0 ? new ChangeError(ChangeErrorCode.Invalid, "A work team has at least one cadre, its leader.", "cadreNames") : null)
                ?? names.Select(n => VillageRules.CheckText(n, "A cadre's name", "cadreNames")).FirstOrDefault(e => e is not null);
            if (problem is not null)
            {
                return ChangeOutcome.Failure<WorkTeam>(problem);
            }

            if (await db.WorkTeams.FirstOrDefaultAsync(w => w.VillageCode == village!.Code && w.EndedOn == null, ct) is { } stationed)
            {
                return ChangeOutcome.Invalid<WorkTeam>($"A work team sent by {stationed.SentBy} is stationed in {village!.Code} since {stationed.StartedOn:yyyy-MM-dd}.", "villageCode");
            }

            var team = new WorkTeam
            {
                Id = (await db.WorkTeams.MaxAsync(w => (long?)w.Id, ct) ?? 0) + 1,
                VillageCode = village!.Code,
                SentBy = input.SentBy.Trim(),
                StartedOn = input.StartedOn,
            };
            var firstCadre = (await db.ResidentCadres.MaxAsync(r => (long?)r.Id, ct) ?? 0) + 1;
            var cadres = names.Select((name, k) => new ResidentCadre { Id = firstCadre + k, WorkTeamId = team.Id, Name = name.Trim(), IsLeader = k == 0 }).ToList();
            await VillageFactsLoader.ChangeAsync(session, village, () =>
            {
                db.WorkTeams.Add(team);
                db.ResidentCadres.AddRange(cadres);
                return Task.CompletedTask;
            }, ct);
            session.Record(ChangeKind.WorkTeamAssigned, village.Code, VillageRules.Subject(village.Code),
                new { VillageCode = village.Code, WorkTeamId = team.Id, team.SentBy, team.StartedOn, Cadres = cadres.Select(c => c.Name) });
            return ChangeOutcome.Success(team);
        }, cancellationToken);
}

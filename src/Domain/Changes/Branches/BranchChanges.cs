using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Domain.Changes.Branches;

/// <summary>Founding branches, appointing their secretaries and recording their meetings.</summary>
public sealed class BranchChanges(ChangeRunner runner, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<ChangeOutcome<Branch>> CreateAsync(CreateBranch input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var name = input.Name?.Trim() ?? "";
            if (name.Length is 0 or > BranchRules.MaxNameLength)
            {
                return ChangeOutcome.Invalid<Branch>($"A branch name has 1 to {BranchRules.MaxNameLength} characters.", "name");
            }

            var kind = await db.Villages.Where(v => v.Code == input.VillageCode).Select(v => (VillageKind?)v.Kind).SingleOrDefaultAsync(ct);
            if (kind is null || !session.Scope.Contains(input.VillageCode))
            {
                return ChangeOutcome.NotFound<Branch>($"There is no village-level division {input.VillageCode}.", "villageCode");
            }

            if (input.FoundedOn > Today || input.FoundedOn < BranchRules.PartyFounded)
            {
                return ChangeOutcome.Invalid<Branch>(
                    $"The founding date {input.FoundedOn:yyyy-MM-dd} must lie between the Party's founding ({BranchRules.PartyFounded:yyyy-MM-dd}) and today.", "foundedOn");
            }

            // Rural branches work in villages and gachas, community branches in communities.
            if ((input.Sector == BranchSector.Rural && kind == VillageKind.Community) || (input.Sector == BranchSector.Community && kind != VillageKind.Community))
            {
                return ChangeOutcome.Invalid<Branch>($"A {input.Sector} branch cannot be located in {input.VillageCode}, a {kind}.", "sector");
            }

            var branch = new Branch
            {
                Id = (await db.Branches.MaxAsync(b => (long?)b.Id, ct) ?? 0) + 1,
                Name = name,
                Sector = input.Sector,
                VillageCode = input.VillageCode,
                FoundedOn = input.FoundedOn,
                Rating = BranchRating.Standard,
                RatedYear = input.FoundedOn.Year,
            };
            db.Branches.Add(branch);
            db.BranchRollups.Add(new BranchRollup { BranchId = branch.Id });
            await session.Rollups.BranchAsync(branch, 1, ct);
            session.Record(ChangeKind.BranchCreated, branch.VillageCode, BranchRules.Subject(branch.Id),
                new { BranchId = branch.Id, branch.Name, branch.Sector, branch.VillageCode, branch.FoundedOn });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(branch);
        }, cancellationToken);

    public Task<ChangeOutcome<Branch>> AppointSecretaryAsync(AppointSecretary input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (branch, refusal) = await BranchRules.FindAsync(session, input.BranchId, input.Version, ct);
            if (branch is null)
            {
                return ChangeOutcome.Failure<Branch>(refusal!);
            }

            var member = await db.Members.FindAsync([input.MemberId], ct);
            if (member is null || !session.Scope.Contains(member.VillageCode))
            {
                return ChangeOutcome.NotFound<Branch>($"There is no member {input.MemberId}.", "memberId");
            }

            var problem = member.BranchId != branch.Id ? $"Member {member.Id} belongs to branch {member.BranchId}, not to branch {branch.Id}."
                : member.Status != MemberStatus.Full ? $"Member {member.Id} is still on probation; a secretary is a full member."
                : branch.SecretaryId == member.Id ? $"Member {member.Id} already is the secretary of branch {branch.Id}."
                : null;
            if (problem is not null)
            {
                return ChangeOutcome.Invalid<Branch>(problem, "memberId");
            }

            var previous = branch.SecretaryId;
            branch.SecretaryId = member.Id;
            branch.Version++;
            session.Record(ChangeKind.SecretaryAppointed, branch.VillageCode, BranchRules.Subject(branch.Id),
                new { BranchId = branch.Id, MemberId = member.Id, PreviousSecretaryId = previous });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(branch);
        }, cancellationToken);

    public Task<ChangeOutcome<Meeting>> RecordMeetingAsync(RecordMeeting input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (branch, refusal) = await BranchRules.FindAsync(session, input.BranchId, null, ct);
            if (branch is null)
            {
                return ChangeOutcome.Failure<Meeting>(refusal!);
            }

            var earliest = Today.AddYears(-1) > branch.FoundedOn ? Today.AddYears(-1) : branch.FoundedOn;
            if (input.HeldOn > Today || input.HeldOn < earliest)
            {
                return ChangeOutcome.Invalid<Meeting>(
                    $"Meetings of the past year are recorded: the date {input.HeldOn:yyyy-MM-dd} must lie between {earliest:yyyy-MM-dd} and today.", "heldOn");
            }

            var members = await db.Members.CountAsync(m => m.BranchId == branch.Id, ct);
            if (input.Attendance < 1 || input.Attendance > members)
            {
                return ChangeOutcome.Invalid<Meeting>($"Attendance is 1 to the branch's {members} members; it was {input.Attendance}.", "attendance");
            }

            var meeting = new Meeting
            {
                Id = (await db.Meetings.MaxAsync(m => (long?)m.Id, ct) ?? 0) + 1,
                BranchId = branch.Id,
                Kind = input.Kind,
                HeldOn = input.HeldOn,
                Attendance = input.Attendance,
            };
            db.Meetings.Add(meeting);
            session.Record(ChangeKind.MeetingRecorded, branch.VillageCode, BranchRules.Subject(branch.Id),
                new { BranchId = branch.Id, MeetingId = meeting.Id, meeting.Kind, meeting.HeldOn, meeting.Attendance });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(meeting);
        }, cancellationToken);
}

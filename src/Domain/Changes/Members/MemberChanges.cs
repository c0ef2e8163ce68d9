using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.Members;

/// <summary>The changes to members: each validated against the domain, committed with its rollup deltas and events.</summary>
public sealed class MemberChanges(ChangeRunner runner, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<ChangeOutcome<Member>> AdmitAsync(AdmitMember input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var branch = await db.Branches.FindAsync([input.BranchId], ct);
            if (branch is null || !session.Scope.Contains(branch.VillageCode))
            {
                return ChangeOutcome.NotFound<Member>($"There is no branch {input.BranchId}.", "branchId");
            }

            var problem = MemberRules.CheckPerson(input.Name, input.BirthDate, input.JoinedOn, Today)
                ?? await MemberRules.CheckCommunityAsync(session, input.RegisteredCommunityCode, input.Occupation, ct);
            if (problem is not null)
            {
                return ChangeOutcome.Failure<Member>(problem);
            }

            var member = new Member
            {
                Id = (await db.Members.MaxAsync(m => (long?)m.Id, ct) ?? 0) + 1,
                BranchId = branch.Id,
                VillageCode = branch.VillageCode,
                Name = input.Name.Trim(),
                Gender = input.Gender,
                Ethnicity = input.Ethnicity,
                BirthDate = input.BirthDate,
                JoinedOn = input.JoinedOn,
                Status = MemberStatus.Probationary,
                Education = input.Education,
                Occupation = input.Occupation,
                IsRetired = input.Occupation == Occupation.Retiree,
                RegisteredCommunityCode = input.RegisteredCommunityCode,
            };
            db.Members.Add(member);
            await session.Rollups.MemberAsync(member, 1, ct);
            session.Record(ChangeKind.MemberAdmitted, member.VillageCode, MemberRules.Subject(member.Id),
                new { MemberId = member.Id, BranchId = branch.Id, member.Name, member.JoinedOn });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(member);
        }, cancellationToken);

    public Task<ChangeOutcome<Member>> ConfirmAsync(ConfirmMember input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var (member, refusal) = await MemberRules.FindAsync(session, input.MemberId, input.Version, ct);
            if (member is null)
            {
                return ChangeOutcome.Failure<Member>(refusal!);
            }

            if (member.Status == MemberStatus.Full)
            {
                return ChangeOutcome.Invalid<Member>($"Member {member.Id} is already a full member.", "memberId");
            }

            if (input.ConfirmedOn > Today)
            {
                return ChangeOutcome.Invalid<Member>($"The confirmation date {input.ConfirmedOn:yyyy-MM-dd} is in the future.", "confirmedOn");
            }

            if (input.ConfirmedOn < member.JoinedOn.AddYears(1))
            {
                return ChangeOutcome.Invalid<Member>(
                    $"Probation lasts a year: member {member.Id} joined on {member.JoinedOn:yyyy-MM-dd} and can be confirmed from {member.JoinedOn.AddYears(1):yyyy-MM-dd}.", "confirmedOn");
            }

            await session.Rollups.MemberAsync(member, -1, ct);
            member.Status = MemberStatus.Full;
            member.Version++;
            await session.Rollups.MemberAsync(member, 1, ct);
            session.Record(ChangeKind.MemberConfirmed, member.VillageCode, MemberRules.Subject(member.Id),
                new { MemberId = member.Id, input.ConfirmedOn });
            await session.Db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(member);
        }, cancellationToken);

    public Task<ChangeOutcome<Member>> TransferAsync(TransferMember input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (member, refusal) = await MemberRules.FindAsync(session, input.MemberId, input.Version, ct);
            if (member is null)
            {
                return ChangeOutcome.Failure<Member>(refusal!);
            }

            if (member.BranchId == input.ToBranchId)
            {
                return ChangeOutcome.Invalid<Member>($"Member {member.Id} already belongs to branch {input.ToBranchId}.", "toBranchId");
            }

            var target = await db.Branches.FindAsync([input.ToBranchId], ct);
            if (target is null || !session.Scope.Contains(target.VillageCode))
            {
                return ChangeOutcome.NotFound<Member>($"There is no branch {input.ToBranchId}.", "toBranchId");
            }

            if (await db.Branches.AnyAsync(b => b.SecretaryId == member.Id, ct))
            {
                return ChangeOutcome.Invalid<Member>($"Member {member.Id} is the secretary of branch {member.BranchId}: appoint another secretary first.", "memberId");
            }

            var (fromBranch, fromVillage) = (member.BranchId, member.VillageCode);
            await session.Rollups.MemberAsync(member, -1, ct);
            member.BranchId = target.Id;
            member.VillageCode = target.VillageCode;
            member.Version++;
            await session.Rollups.MemberAsync(member, 1, ct);
            session.Record(ChangeKind.MemberTransferred, member.VillageCode, MemberRules.Subject(member.Id),
                new { MemberId = member.Id, FromBranchId = fromBranch, ToBranchId = target.Id, FromVillageCode = fromVillage, ToVillageCode = target.VillageCode },
                fromVillageCode: fromVillage);
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(member);
        }, cancellationToken);

    public Task<ChangeOutcome<Member>> RecordExitAsync(RecordMemberExit input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (member, refusal) = await MemberRules.FindAsync(session, input.MemberId, input.Version, ct);
            if (member is null)
            {
                return ChangeOutcome.Failure<Member>(refusal!);
            }

            if (input.ExitedOn > Today || input.ExitedOn < member.JoinedOn)
            {
                return ChangeOutcome.Invalid<Member>($"The exit date {input.ExitedOn:yyyy-MM-dd} must lie between joining ({member.JoinedOn:yyyy-MM-dd}) and today.", "exitedOn");
            }

            if (await db.Branches.AnyAsync(b => b.SecretaryId == member.Id, ct))
            {
                return ChangeOutcome.Invalid<Member>($"Member {member.Id} is the secretary of branch {member.BranchId}: appoint another secretary first.", "memberId");
            }

            await session.Rollups.MemberAsync(member, -1, ct);
            db.Members.Remove(member);
            session.Record(ChangeKind.MemberExited, member.VillageCode, MemberRules.Subject(member.Id),
                new { MemberId = member.Id, member.BranchId, input.Reason, input.ExitedOn });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(member);
        }, cancellationToken);
}

using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.Members;

/// <summary><c>updateMember</c>: corrections to a member's record, moving the rollups the old and new values count in.</summary>
public sealed class MemberUpdates(ChangeRunner runner)
{
    public Task<ChangeOutcome<Entities.Member>> UpdateAsync(UpdateMember input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var (member, refusal) = await MemberRules.FindAsync(session, input.MemberId, input.Version, ct);
            if (member is null)
            {
                return ChangeOutcome.Failure<Entities.Member>(refusal!);
            }

            var name = input.Name?.Trim() ?? member.Name;
            var occupation = input.Occupation ?? member.Occupation;
            var community = input.ClearRegisteredCommunity ? null : input.RegisteredCommunityCode ?? member.RegisteredCommunityCode;
            var problem = MemberRules.CheckPerson(name, member.BirthDate, member.JoinedOn, DateOnly.MaxValue)
                ?? await MemberRules.CheckCommunityAsync(session, community, occupation, ct);
            if (problem is not null)
            {
                return ChangeOutcome.Failure<Entities.Member>(problem);
            }

            await session.Rollups.MemberAsync(member, -1, ct);
            member.Name = name;
            member.Education = input.Education ?? member.Education;
            member.Occupation = occupation;
            // Retirement follows a new occupation unless given; an update that leaves the occupation alone leaves it alone.
            member.IsRetired = input.IsRetired ?? (input.Occupation is { } changed ? changed == Entities.Occupation.Retiree : member.IsRetired);
            member.RegisteredCommunityCode = community;
            member.Version++;
            await session.Rollups.MemberAsync(member, 1, ct);
            session.Record(ChangeKind.MemberUpdated, member.VillageCode, MemberRules.Subject(member.Id),
                new { MemberId = member.Id, member.Name, member.Education, member.Occupation, member.IsRetired, member.RegisteredCommunityCode });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(member);
        }, cancellationToken);
}

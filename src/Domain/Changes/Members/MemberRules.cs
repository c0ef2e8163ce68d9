using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.Members;

/// <summary>The rules a member record must keep, shared by the member changes.</summary>
internal static class MemberRules
{
    public const int MaxNameLength = 64;

    public static string Subject(long memberId) => $"{NodeTypes.Member}:{memberId}";

    /// <summary>The member, if it exists and the client read its current version; otherwise why not.</summary>
    public static async Task<(Member? Member, ChangeError? Refusal)> FindAsync(ChangeSession session, long id, int version, CancellationToken cancellationToken)
    {
        var member = await session.Db.Members.FindAsync([id], cancellationToken);
        if (member is null || !session.Scope.Contains(member.VillageCode))
        {
            return (null, new ChangeError(ChangeErrorCode.NotFound, $"There is no member {id}.", "memberId"));
        }

        return member.Version == version
            ? (member, null)
            : (null, ChangeOutcome.Conflict<Member>($"Member {id}", version, member.Version).Errors[0]);
    }

    public static ChangeError? CheckPerson(string name, DateOnly birthDate, DateOnly joinedOn, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            return new ChangeError(ChangeErrorCode.Invalid, $"A name has 1 to {MaxNameLength} characters.", "name");
        }

        if (joinedOn > today)
        {
            return new ChangeError(ChangeErrorCode.Invalid, $"The joining date {joinedOn:yyyy-MM-dd} is in the future.", "joinedOn");
        }

        return joinedOn < birthDate.AddYears(18)
            ? new ChangeError(ChangeErrorCode.Invalid, $"A member joins at 18 or older: born {birthDate:yyyy-MM-dd}, the earliest joining date is {birthDate.AddYears(18):yyyy-MM-dd}.", "joinedOn")
            : null;
    }

    /// <summary>Only in-service members register with a community, and only with a community.</summary>
    public static async Task<ChangeError?> CheckCommunityAsync(ChangeSession session, string? code, Occupation occupation, CancellationToken cancellationToken)
    {
        if (code is null)
        {
            return null;
        }

        if (occupation is Occupation.Retiree or Occupation.Student or Occupation.FarmerHerder)
        {
            return new ChangeError(ChangeErrorCode.Invalid, "Only in-service members register with a community.", "registeredCommunityCode");
        }

        var kind = await session.Db.Villages.Where(v => v.Code == code).Select(v => (VillageKind?)v.Kind).SingleOrDefaultAsync(cancellationToken);
        return kind switch
        {
            _ when !session.Scope.Contains(code) => new ChangeError(ChangeErrorCode.NotFound, $"There is no village-level division {code}.", "registeredCommunityCode"),
            null => new ChangeError(ChangeErrorCode.NotFound, $"There is no village-level division {code}.", "registeredCommunityCode"),
            VillageKind.Community => null,
            _ => new ChangeError(ChangeErrorCode.Invalid, $"{code} is not a community.", "registeredCommunityCode"),
        };
    }
}

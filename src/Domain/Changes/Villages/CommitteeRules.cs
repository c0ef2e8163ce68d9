using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.Villages;

/// <summary>What an elected two committees (两委) must look like.</summary>
internal static class CommitteeRules
{
    public const int MinimumSize = 3;
    public const int MaximumSize = 15;

    public static ChangeError? Check(IReadOnlyList<CommitteeMemberInput> members)
    {
        var problem = members.Count is < MinimumSize or > MaximumSize
                ? $"The two committees have {MinimumSize} to {MaximumSize} members, not {members.Count}."
            : members.Count(m => m.IsPartySecretary) != 1
                ? "Exactly one member holds the Party secretary post."
            : members.Count(m => m.IsChair) != 1
                ? "Exactly one member chairs the villagers' or residents' committee."
            : !members.Any(m => m.Education >= Education.Associate)
                ? "At least one member is college-educated (associate degree or above)."
            : members.Any(m => !m.OnPartyCommittee && !m.OnResidentsCommittee)
                ? "Every member sits on the Party committee, the villagers' or residents' committee, or both."
            : members.Any(m => m.IsPartySecretary && !m.OnPartyCommittee)
                ? "The Party secretary sits on the Party committee."
            : members.Any(m => m.IsChair && !m.OnResidentsCommittee)
                ? "The chair sits on the villagers' or residents' committee."
            : null;
        return problem is not null
            ? new ChangeError(ChangeErrorCode.Invalid, problem, "members")
            : members.Select(m => VillageRules.CheckText(m.Name, "A member's name", "members")).FirstOrDefault(e => e is not null);
    }

    /// <summary>The committee rows in the order the village lists them: the secretary first, then as elected.</summary>
    public static IEnumerable<CommitteeMember> Rows(string villageCode, IReadOnlyList<CommitteeMemberInput> members, long firstId) =>
        members.OrderByDescending(m => m.IsPartySecretary).Select((m, k) => new CommitteeMember
        {
            Id = firstId + k,
            VillageCode = villageCode,
            Name = m.Name.Trim(),
            Gender = m.Gender,
            Education = m.Education,
            Source = m.Source,
            OnPartyCommittee = m.OnPartyCommittee,
            OnResidentsCommittee = m.OnResidentsCommittee,
            IsPartySecretary = m.IsPartySecretary,
            IsChair = m.IsChair,
        });
}

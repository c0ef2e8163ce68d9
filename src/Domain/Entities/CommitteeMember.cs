namespace PartyOrg.Domain.Entities;

/// <summary>A member of a village's "two committees" (两委).</summary>
public sealed class CommitteeMember
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public required string Name { get; init; }
    public Gender Gender { get; init; }
    public Education Education { get; init; }
    public CommitteeSource Source { get; init; }

    /// <summary>Sits on the village Party organisation's committee.</summary>
    public bool OnPartyCommittee { get; init; }

    /// <summary>Sits on the villagers' or residents' committee.</summary>
    public bool OnResidentsCommittee { get; init; }

    /// <summary>Holds the Party secretary post; "one shoulder" is when the same person is also chair.</summary>
    public bool IsPartySecretary { get; init; }

    /// <summary>Chairs the villagers' or residents' committee.</summary>
    public bool IsChair { get; init; }
}

/// <summary>The pool a committee member was selected from.</summary>
public enum CommitteeSource { Entrepreneur, Returnee, Graduate, Veteran, Other }

namespace PartyOrg.Domain.Entities;

/// <summary>A first secretary (第一书记) sent to lead a village's branch.</summary>
public sealed class FirstSecretary
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public required string Name { get; init; }

    /// <summary>The unit that sent them.</summary>
    public required string SentBy { get; init; }

    public DateOnly StartedOn { get; init; }
    public DateOnly? EndedOn { get; set; }
}

/// <summary>A village work team (驻村工作队).</summary>
public sealed class WorkTeam
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public required string SentBy { get; init; }
    public DateOnly StartedOn { get; init; }
    public DateOnly? EndedOn { get; set; }
}

/// <summary>A resident cadre (驻村干部) of a work team.</summary>
public sealed class ResidentCadre
{
    public long Id { get; init; }
    public long WorkTeamId { get; init; }
    public required string Name { get; init; }
    public bool IsLeader { get; init; }
}

using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>A league or prefecture-level city (盟/市).</summary>
public sealed class League : IDivision
{
    public required string Code { get; init; }
    public required string RegionCode { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public LeagueKind Kind { get; init; }

    string? IDivision.ParentCode => RegionCode;
}

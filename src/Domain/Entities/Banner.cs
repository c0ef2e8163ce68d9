using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>A county-level unit (旗/县/区/县级市) or one of the statistical zones.</summary>
public sealed class Banner : IDivision
{
    public required string Code { get; init; }
    public required string LeagueCode { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public BannerKind Kind { get; init; }

    string? IDivision.ParentCode => LeagueCode;
}

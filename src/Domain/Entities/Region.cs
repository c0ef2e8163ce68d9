using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>The autonomous region (自治区), root of the hierarchy.</summary>
public sealed class Region : IDivision
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }

    string? IDivision.ParentCode => null;
}

using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>A township-level unit (苏木/乡/镇/街道).</summary>
public sealed class Township : IDivision
{
    public required string Code { get; init; }
    public required string BannerCode { get; init; }
    public required string Name { get; init; }
    public TownshipKind Kind { get; init; }

    /// <summary>An ethnic township or sumu (民族乡/民族苏木).</summary>
    public bool IsEthnic { get; init; }

    string? IDivision.ParentCode => BannerCode;
}

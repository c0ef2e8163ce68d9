using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>A village-level unit (村/嘎查/社区) and the facts kept about it.</summary>
public sealed class Village : IDivision
{
    public required string Code { get; init; }
    public required string TownshipCode { get; init; }
    public required string Name { get; init; }
    public VillageKind Kind { get; init; }

    /// <summary>Has a one-stop Party–public service centre (一站式党群服务中心).</summary>
    public bool HasServiceCenter { get; set; }

    /// <summary>The service centre is linked to the online platform.</summary>
    public bool ServiceCenterLinkedOnline { get; set; }

    /// <summary>Annual community service fund in yuan (为民服务专项经费); communities only.</summary>
    public int? AnnualServiceFund { get; set; }

    public int Version { get; set; }

    /// <summary>The two committees' members.</summary>
    public ICollection<CommitteeMember> Committee { get; init; } = [];

    string? IDivision.ParentCode => TownshipCode;
}

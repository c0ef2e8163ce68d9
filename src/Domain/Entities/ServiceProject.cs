namespace PartyOrg.Domain.Entities;

/// <summary>
/// A volunteer service project (志愿服务项目) a community offers, claimed (认领) by one in-service member registered
/// with it ("我是共产党员·我帮你").
/// </summary>
public sealed class ServiceProject
{
    public long Id { get; init; }

    /// <summary>The community offering it.</summary>
    public required string CommunityCode { get; init; }

    public required string Title { get; init; }
    public ServiceCategory Category { get; init; }
    public DateOnly PostedOn { get; init; }
    public long? ClaimedByMemberId { get; set; }

    /// <summary>The claimant's branch when claiming: the claim counts there, wherever the member moves later.</summary>
    public long? ClaimantBranchId { get; set; }

    public DateOnly? ClaimedOn { get; set; }
    public int Version { get; set; }
}

/// <summary>One of the services handled through one network (一网通办) on the "党群连心桥" platform.</summary>
public sealed class OneNetworkService
{
    public int Id { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }

    /// <summary>The department whose data the service joins (人社, 医保, 卫健, …).</summary>
    public required string Department { get; init; }
}

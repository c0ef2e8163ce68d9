namespace PartyOrg.Domain.Entities;

/// <summary>A grid (网格), the smallest unit of village and community governance.</summary>
public sealed class Grid
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public int Number { get; init; }
    public int Households { get; init; }
}

/// <summary>A grid worker (网格员), full- or part-time.</summary>
public sealed class GridWorker
{
    public long Id { get; init; }
    public long GridId { get; init; }
    public required string Name { get; init; }
    public bool FullTime { get; init; }
}

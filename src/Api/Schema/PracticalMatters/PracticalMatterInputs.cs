using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.PracticalMatters;

public sealed record CreatePracticalMatterListInput(string BranchId, string? MemberId, string Title, int Year, bool IsPublished)
{
    public CreatePracticalMatterList ToChange() => new(
        NodeId.DecodeLong(BranchId, NodeTypes.Branch), MemberId is { } id ? NodeId.DecodeLong(id, NodeTypes.Member) : null, Title, Year, IsPublished);
}

public sealed record CreatePracticalMatterInput(string ListId, string Title, ServiceCategory Category, DateOnly PlannedOn)
{
    public CreatePracticalMatter ToChange() => new(NodeId.DecodeLong(ListId, NodeTypes.PracticalMatterList), Title, Category, PlannedOn);
}

public sealed record CompletePracticalMatterInput(string MatterId, int Version, DateOnly CompletedOn)
{
    public CompletePracticalMatter ToChange() => new(NodeId.DecodeLong(MatterId, NodeTypes.PracticalMatter), Version, CompletedOn);
}

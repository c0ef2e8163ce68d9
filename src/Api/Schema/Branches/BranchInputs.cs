using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Branches;

// The inputs of the branch mutations that name a branch or member: IDs stay global IDs until the mutation runs, so a
// malformed one is refused with INVALID_NODE_ID on the mutation, the first in field order winning. createBranch names
// only a village by its code and binds to the domain's CreateBranch as it is.

public sealed record AppointSecretaryInput(string BranchId, int Version, string MemberId)
{
    public AppointSecretary ToChange() => new(NodeId.DecodeLong(BranchId, NodeTypes.Branch), Version, NodeId.DecodeLong(MemberId, NodeTypes.Member));
}

public sealed record RateBranchInput(string BranchId, int Version, BranchRating Rating, int Year)
{
    public RateBranch ToChange() => new(NodeId.DecodeLong(BranchId, NodeTypes.Branch), Version, Rating, Year);
}

public sealed record ListWeakBranchInput(string BranchId, int Version, int Year)
{
    public ListWeakBranch ToChange() => new(NodeId.DecodeLong(BranchId, NodeTypes.Branch), Version, Year);
}

public sealed record CompleteRectificationInput(string BranchId, int Version, int Year)
{
    public CompleteRectification ToChange() => new(NodeId.DecodeLong(BranchId, NodeTypes.Branch), Version, Year);
}

public sealed record RecordMeetingInput(string BranchId, MeetingKind Kind, DateOnly HeldOn, int Attendance)
{
    public RecordMeeting ToChange() => new(NodeId.DecodeLong(BranchId, NodeTypes.Branch), Kind, HeldOn, Attendance);
}

using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Members;

// The member mutations' inputs as GraphQL binds them: IDs stay global IDs until the mutation runs, so a malformed
// one is refused with INVALID_NODE_ID on the mutation, the first in field order winning.

public sealed record AdmitMemberInput(
    string BranchId, string Name, Gender Gender, Ethnicity Ethnicity, DateOnly BirthDate, DateOnly JoinedOn,
    Education Education, Occupation Occupation, string? RegisteredCommunityCode)
{
    public AdmitMember ToChange() =>
        new(NodeId.DecodeLong(BranchId, NodeTypes.Branch), Name, Gender, Ethnicity, BirthDate, JoinedOn, Education, Occupation, RegisteredCommunityCode);
}

public sealed record ConfirmMemberInput(string MemberId, int Version, DateOnly ConfirmedOn)
{
    public ConfirmMember ToChange() => new(NodeId.DecodeLong(MemberId, NodeTypes.Member), Version, ConfirmedOn);
}

public sealed record TransferMemberInput(string MemberId, int Version, string ToBranchId)
{
    public TransferMember ToChange() => new(NodeId.DecodeLong(MemberId, NodeTypes.Member), Version, NodeId.DecodeLong(ToBranchId, NodeTypes.Branch));
}

public sealed record RecordMemberExitInput(string MemberId, int Version, MemberExitReason Reason, DateOnly ExitedOn)
{
    public RecordMemberExit ToChange() => new(NodeId.DecodeLong(MemberId, NodeTypes.Member), Version, Reason, ExitedOn);
}

public sealed record UpdateMemberInput(
    string MemberId, int Version, string? Name, Education? Education, Occupation? Occupation, bool? IsRetired,
    string? RegisteredCommunityCode, bool? ClearRegisteredCommunity)
{
    public UpdateMember ToChange() =>
        new(NodeId.DecodeLong(MemberId, NodeTypes.Member), Version, Name, Education, Occupation, IsRetired, RegisteredCommunityCode, ClearRegisteredCommunity ?? false);
}

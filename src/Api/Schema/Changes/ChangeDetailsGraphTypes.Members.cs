using GraphQL.Types;
using PartyOrg.Api.Changes.Details;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

public sealed class MemberAdmittedGraphType : ObjectGraphType<MemberAdmitted>
{
    public MemberAdmittedGraphType()
    {
        Name = "MemberAdmitted";
        Description = "Details of MEMBER_ADMITTED: a probationary member joined a branch.";
        this.Requires(Role.Partner);
        ChangeDetailFields.MemberId(this, d => d.MemberId);
        ChangeDetailFields.Branch(this, "branch", "The branch they joined.", d => d.BranchId);
        Field(d => d.Name, nullable: true).Description("Their name when admitted.").PersonalName(NodeTypes.Member, d => d.MemberId ?? 0);
        ChangeDetailFields.Date(this, "joinedOn", "When they joined.", d => d.JoinedOn);
    }
}

public sealed class MemberConfirmedGraphType : ObjectGraphType<MemberConfirmed>
{
    public MemberConfirmedGraphType()
    {
        Name = "MemberConfirmed";
        Description = "Details of MEMBER_CONFIRMED: a probationary member became a full member.";
        this.Requires(Role.Partner);
        ChangeDetailFields.MemberId(this, d => d.MemberId);
        ChangeDetailFields.Date(this, "confirmedOn", "When the probation ended.", d => d.ConfirmedOn);
    }
}

public sealed class MemberTransferredGraphType : ObjectGraphType<MemberTransferred>
{
    public MemberTransferredGraphType()
    {
        Name = "MemberTransferred";
        Description = "Details of MEMBER_TRANSFERRED: a member's organisational relationship moved to another branch (组织关系转接).";
        this.Requires(Role.Partner);
        ChangeDetailFields.MemberId(this, d => d.MemberId);
        ChangeDetailFields.Branch(this, "fromBranch", "The branch they left.", d => d.FromBranchId);
        ChangeDetailFields.Branch(this, "toBranch", "The branch they moved to.", d => d.ToBranchId);
    }
}

public sealed class MemberExitedGraphType : ObjectGraphType<MemberExited>
{
    public MemberExitedGraphType()
    {
        Name = "MemberExited";
        Description = "Details of MEMBER_EXITED: a member left the rolls; their record is gone.";
        this.Requires(Role.Partner);
        ChangeDetailFields.MemberId(this, d => d.MemberId);
        ChangeDetailFields.Branch(this, "branch", "The branch they belonged to.", d => d.BranchId);
        Field<MemberExitReasonGraphType>("reason").Description("Why they left.").Resolve(c => c.Source.Reason);
        ChangeDetailFields.Date(this, "exitedOn", "When they left.", d => d.ExitedOn);
    }
}

public sealed class MemberUpdatedGraphType : ObjectGraphType<MemberUpdated>
{
    public MemberUpdatedGraphType()
    {
        Name = "MemberUpdated";
        Description = "Details of MEMBER_UPDATED: a member's record was corrected; the values are the record after the change.";
        this.Requires(Role.Partner);
        ChangeDetailFields.MemberId(this, d => d.MemberId);
        Field(d => d.Name, nullable: true).Description("Their name.").PersonalName(NodeTypes.Member, d => d.MemberId ?? 0);
        // Personal like the member's own fields: a partner reading them here would learn what the statistics give it only with noise.
        Field<EducationGraphType>("education").Description("Highest education.").Resolve(c => c.Source.Education).Personal();
        Field<OccupationGraphType>("occupation").Description("Occupation group.").Resolve(c => c.Source.Occupation).Personal();
        Field(d => d.IsRetired, nullable: true).Description("Whether they are retired.").Personal();
        Field(d => d.RegisteredCommunityCode, nullable: true).Description("The community they are registered with, if any.");
    }
}

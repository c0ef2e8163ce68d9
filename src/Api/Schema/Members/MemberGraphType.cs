using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Branches;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Api.Schema.ServiceProjects;
using PartyOrg.Api.Schema.Villages;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Members;

public sealed class MemberGraphType : ObjectGraphType<Member>
{
    // Nullable keys are read with .Value, which EF translates to the bare column: a COALESCE there makes SQLite need APPLY.
    private static readonly ChildConnections<Member, PracticalMatterList, long> ListsOf = new(m => m.Id, l => l.MemberId!.Value);
    private static readonly ChildConnections<Member, ServiceProject, long> ClaimsOf = new(m => m.Id, p => p.ClaimedByMemberId!.Value);

    public MemberGraphType()
    {
        Name = "Member";
        Description = "A Party member (党员).";
        this.Requires(Role.Partner);

        // Rows are read with the columns the operation's fields declare; the scope rules read the village of every row.
        this.ReadsAlways(nameof(Member.Id), nameof(Member.VillageCode));
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.").Resolve(c => NodeId.Encode(NodeTypes.Member, c.Source.Id)).Reads(nameof(Member.Id));
        Field(m => m.Name).Description("The member's name.").PersonalName(NodeTypes.Member, m => m.Id).Reads(nameof(Member.Name), nameof(Member.Id));
        Field(m => m.Version).Description("The record's version: send it back with a change, which is refused if someone changed the record since.").Reads(nameof(Member.Version));
        Field<GenderGraphType>("gender").Description("Gender.").Resolve(c => c.Source.Gender).Personal().Reads(nameof(Member.Gender));
        Field<EthnicityGraphType>("ethnicity").Description("Ethnic group.").Resolve(c => c.Source.Ethnicity).Personal().Reads(nameof(Member.Ethnicity));
        Field<LocalDateGraphType>("birthDate").Description("Date of birth.").Resolve(c => c.Source.BirthDate).Personal().Reads(nameof(Member.BirthDate));
        Field<NonNullGraphType<LocalDateGraphType>>("joinedOn").Description("When they joined the Party.").Resolve(c => c.Source.JoinedOn).Reads(nameof(Member.JoinedOn));
        // Status, education, occupation and retirement are the attributes the protected statistics count: a partner
        // reading them member by member would count exactly what the statistics give it only with noise.
        Field<MemberStatusGraphType>("status").Description("Full or probationary.").Resolve(c => c.Source.Status).Personal().Reads(nameof(Member.Status));
        Field<EducationGraphType>("education").Description("Highest education completed.").Resolve(c => c.Source.Education).Personal().Reads(nameof(Member.Education));
        Field<OccupationGraphType>("occupation").Description("Occupation group.").Resolve(c => c.Source.Occupation).Personal().Reads(nameof(Member.Occupation));
        Field<BooleanGraphType>("isRetired").Description("Retired (离退休党员).").Resolve(c => c.Source.IsRetired).Personal().Reads(nameof(Member.IsRetired));
        Field<NonNullGraphType<BranchGraphType>>("branch").Description("The branch the member belongs to.")
            .Resolve(c => RowLoaders.One<Branch, long>(c, b => b.Id, c.Source.BranchId)).Reads(nameof(Member.BranchId));
        Field<VillageGraphType>("registeredCommunity").Description("For an in-service member: the community they are registered with (在职党员进社区报到); null otherwise.")
            .ResolveAsync(async c => c.Source.RegisteredCommunityCode is { } code
                ? (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Find(code)
                : null)
            .Reads(nameof(Member.RegisteredCommunityCode));
        ConnectionFields.Child(this, "practicalMatterLists", "The member's personal practical-matter lists (党员个人办实事清单).", PracticalMatterRows.ListSpec, ListsOf)
            .Reads(nameof(Member.Id));
        ConnectionFields.Child(this, "claimedServiceProjects", "The volunteer service projects the member claimed in the community they report to (认领服务项目).",
            ServiceProjectRows.Spec, ClaimsOf)
            .Reads(nameof(Member.Id));
    }
}

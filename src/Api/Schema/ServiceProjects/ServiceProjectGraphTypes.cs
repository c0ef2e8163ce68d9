using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Api.Schema.Villages;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.ServiceProjects;

public sealed class ServiceProjectGraphType : ObjectGraphType<ServiceProject>
{
    public ServiceProjectGraphType()
    {
        Name = "ServiceProject";
        Description = "A volunteer service project (志愿服务项目) a community offers, claimed (认领) by an in-service member registered with it (\"我是共产党员·我帮你\").";
        this.Requires(Role.Dashboard);
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.").Resolve(c => NodeId.Encode(NodeTypes.ServiceProject, c.Source.Id));
        Field(p => p.Version).Description("The record's version: send it back when claiming the project.");
        Field(p => p.Title).Description("What the volunteers do, as plain text.");
        Field<NonNullGraphType<ServiceCategoryGraphType>>("category").Description("What it is about.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<LocalDateGraphType>>("postedOn").Description("When the community offered it.").Resolve(c => c.Source.PostedOn);
        Field<NonNullGraphType<BooleanGraphType>>("isClaimed").Description("Whether a member has claimed it.").Resolve(c => c.Source.ClaimedByMemberId is not null);
        Field<LocalDateGraphType>("claimedOn").Description("When it was claimed; null while open.").Resolve(c => c.Source.ClaimedOn);
        Field<VillageGraphType>("community").Description("The community offering it.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Find(c.Source.CommunityCode) as Village);
        Field<MemberGraphType>("claimedBy").Requires(Role.Partner).Description("The member who claimed it; null while open or outside the caller's scope.")
            .Resolve(c => c.Source.ClaimedByMemberId is { } id ? RowLoaders.One<Member, long>(c, m => m.Id, id) : null);
    }
}

public sealed class OneNetworkServiceGraphType : ObjectGraphType<OneNetworkService>
{
    public OneNetworkServiceGraphType()
    {
        Name = "OneNetworkService";
        Description = "One of the 19 services handled through one network (一网通办) on the \"党群连心桥\" platform.";
        this.Requires(Role.Anonymous);
        Field(s => s.Id).Description("Its number in the catalogue, 1 to 19.");
        Field(s => s.Name).Description("The official Chinese name, e.g. 异地就医备案.");
        Field(s => s.NameEn).Description("The English name.");
        Field(s => s.Department).Description("The department whose data it joins (人力资源和社会保障, 医疗保障, 卫生健康, 民政, 教育, 组织).");
    }
}

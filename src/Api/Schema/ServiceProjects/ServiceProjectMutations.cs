using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.ServiceProjects;

public sealed record ClaimServiceProjectInput(string ProjectId, int Version, string MemberId)
{
    public ClaimServiceProject ToChange() => new(NodeId.DecodeLong(ProjectId, NodeTypes.ServiceProject), Version, NodeId.DecodeLong(MemberId, NodeTypes.Member));
}

public sealed class OfferServiceProjectInputGraphType : InputObjectGraphType<OfferServiceProject>
{
    public OfferServiceProjectInputGraphType()
    {
        Name = "OfferServiceProjectInput";
        Description = "A volunteer service project a community offers to the in-service members who report to it.";
        Field("communityCode", x => x.CommunityCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of a community (社区).");
        Field("title", x => x.Title, typeof(NonNullGraphType<StringGraphType>)).Description("What the volunteers do, 1 to 128 characters.");
        Field("category", x => x.Category, typeof(NonNullGraphType<ServiceCategoryGraphType>)).Description("What it is about.");
    }
}

public sealed class ClaimServiceProjectInputGraphType : InputObjectGraphType<ClaimServiceProjectInput>
{
    public ClaimServiceProjectInputGraphType()
    {
        Name = "ClaimServiceProjectInput";
        Description = "An in-service member registered with the project's community claims it (认领).";
        Field("projectId", x => x.ProjectId, typeof(NonNullGraphType<IdGraphType>)).Description("The project, not yet claimed.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The project's version as last read.");
        Field("memberId", x => x.MemberId, typeof(NonNullGraphType<IdGraphType>)).Description("The member, registered with the project's community.");
    }
}

public sealed class ServiceProjectMutationFields(ServiceProjectChanges changes) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<OfferServiceProjectInputGraphType, OfferServiceProject, ServiceProjectGraphType, ServiceProject>(mutation, "offerServiceProject",
            "A community offers a volunteer service project.", "serviceProject", "The new project.", changes.OfferAsync);
        MutationFields.Add<ClaimServiceProjectInputGraphType, ClaimServiceProjectInput, ServiceProjectGraphType, ServiceProject>(mutation, "claimServiceProject",
            "An in-service member registered with the project's community claims it; it counts among the projects claimed, with the member's branch.",
            "serviceProject", "The claimed project.", (input, scope, ct) => changes.ClaimAsync(input.ToChange(), scope, ct));
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.ServiceProjects;

public sealed class ServiceProjectQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        Within.Argument(ConnectionFields.Root<ServiceProjectGraphType, ServiceProject>(query, "serviceProjects",
            "Every volunteer service project of the region, filtered, ordered and paged; `within` takes those of the communities in a division's subtree.",
            ServiceProjectRows.Spec, c => Within.PredicateAsync<ServiceProject>(c, p => p.CommunityCode, DivisionLevels.Village), nullable: true))
            .Requires(Role.Dashboard);
        ConnectionFields.Root<OneNetworkServiceGraphType, OneNetworkService>(query, "oneNetworkServices",
            "The catalogue of services handled through one network (一网通办): 19 of them.", ServiceProjectRows.CatalogueSpec, _ => Task.FromResult<System.Linq.Expressions.Expression<System.Func<OneNetworkService, bool>>?>(null));
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Branches;

public sealed class BranchQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        Within.Argument(ConnectionFields.Root<BranchGraphType, Branch>(query, "branches", "Every branch of the region, filtered, ordered and paged.",
            BranchRows.Spec, c => Within.PredicateAsync<Branch>(c, b => b.VillageCode, DivisionLevels.Village), nullable: true))
            .Requires(Role.Dashboard);
}

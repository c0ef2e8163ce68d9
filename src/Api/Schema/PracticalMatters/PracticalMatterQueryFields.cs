using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.PracticalMatters;

public sealed class PracticalMatterQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        Within.Argument(ConnectionFields.Root<PracticalMatterListGraphType, PracticalMatterList>(query, "practicalMatterLists",
            "Every practical-matter list of the region, filtered, ordered and paged; `within` takes those of the branches in a division's subtree.",
            PracticalMatterRows.ListSpec, c => Within.PredicateAsync<PracticalMatterList>(c, l => l.VillageCode, DivisionLevels.Village), nullable: true))
            .Requires(Role.Dashboard);
        Within.Argument(ConnectionFields.Root<PracticalMatterGraphType, PracticalMatter>(query, "practicalMatters",
            "Every practical matter of the region, filtered, ordered and paged; `within` takes those of the branches in a division's subtree.",
            PracticalMatterRows.Spec, c => Within.PredicateAsync<PracticalMatter>(c, m => m.VillageCode, DivisionLevels.Village), nullable: true))
            .Requires(Role.Dashboard);
    }
}

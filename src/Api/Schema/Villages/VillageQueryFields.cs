using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Villages;

public sealed class VillageQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        Within.Argument(ConnectionFields.Root<VillageGraphType, Village>(query, "villages", "Every village-level unit of the region, filtered, ordered and paged.",
            VillageRows.Spec, c => Within.PredicateAsync<Village>(c, v => v.Code, DivisionLevels.Village)));
}

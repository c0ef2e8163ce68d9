using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Townships;

public sealed class TownshipQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        Within.Argument(ConnectionFields.Root<TownshipGraphType, Township>(query, "townships", "Every township-level unit of the region, filtered, ordered and paged.",
            TownshipRows.Spec, c => Within.PredicateAsync<Township>(c, t => t.Code, DivisionLevels.Township)));
}

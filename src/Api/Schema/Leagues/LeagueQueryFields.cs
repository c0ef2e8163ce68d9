using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Leagues;

public sealed class LeagueQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        Within.Argument(ConnectionFields.Root<LeagueGraphType, League>(query, "leagues", "Every league of the region, filtered, ordered and paged.",
            LeagueRows.Spec, c => Within.PredicateAsync<League>(c, l => l.Code, DivisionLevels.League)));
}

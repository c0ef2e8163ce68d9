using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Suggestions;

public sealed class SuggestionQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        Within.Argument(ConnectionFields.Root<SuggestionGraphType, Suggestion>(query, "suggestions",
            "Every suggestion of the region, filtered, ordered and paged; `within` takes those about a division and everything below it.",
            SuggestionRows.Spec, c => Within.PredicateAsync<Suggestion>(c, s => s.AreaCode, DivisionLevels.Village), nullable: true))
            .Requires(Role.Partner);
}

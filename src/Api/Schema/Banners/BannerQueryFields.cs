using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Banners;

public sealed class BannerQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        Within.Argument(ConnectionFields.Root<BannerGraphType, Banner>(query, "banners", "Every county-level unit of the region, filtered, ordered and paged.",
            BannerRows.Spec, c => Within.PredicateAsync<Banner>(c, b => b.Code, DivisionLevels.Banner)));
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Members;

public sealed class MemberQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        Within.Argument(ConnectionFields.Root<MemberGraphType, Member>(query, "members", "Every member of the region, filtered, ordered and paged.",
            MemberRows.Spec, c => Within.PredicateAsync<Member>(c, m => m.VillageCode, DivisionLevels.Village), nullable: true))
            .Requires(Role.Partner);
}

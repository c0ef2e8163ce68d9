using GraphQL.Types;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>One batched read of rollup rows per level.</summary>
public static class StatsFields
{
    /// <summary>Non-null where every caller may read it (region, leagues, banners); nullable where a role may be refused it.</summary>
    public static void AddTo<T>(ObjectGraphType<T> type, Func<T, string> code, Role role = Role.Anonymous)
        where T : class =>
        (role == Role.Anonymous ? type.Field<NonNullGraphType<StatisticsGraphType>>("stats") : type.Field<StatisticsGraphType>("stats"))
            .Description("Statistics of this division and everything below it, from rollups kept current with every change.")
            .Resolve(c => ReleasedView.Division(c, code(c.Source)))
            .Requires(role);

    public static void AddTo(ObjectGraphType<Branch> type) =>
        type.Field<NonNullGraphType<BranchStatisticsGraphType>>("stats")
            .Description("Statistics of the branch's members, from a rollup kept current with every change.")
            .Resolve(c => ReleasedView.Branch(c, c.Source.Id))
            .Reads(nameof(Branch.Id));
}

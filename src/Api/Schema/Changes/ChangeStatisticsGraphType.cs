using System.Globalization;
using GraphQL.Types;
using PartyOrg.Api.Changes.Statistics;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

/// <summary><c>Statistics</c> carries no code, so the division comes with it.</summary>
public sealed class DivisionStatisticsChangedGraphType : ObjectGraphType<DivisionStatisticsChanged>
{
    public DivisionStatisticsChangedGraphType()
    {
        Name = "DivisionStatisticsChanged";
        Description = "Fresh statistics of a watched division after changes in its subtree.";
        this.Requires(Role.Anonymous);
        Field<NonNullGraphType<DivisionInterfaceGraphType>>("division").Description("The division whose statistics changed.").Resolve(c => c.Source.Division);
        Field<NonNullGraphType<StatisticsGraphType>>("stats").Description("Its statistics, read from its rollup when this update was sent; protected figures as the caller may read them (for roles below organizer, those of the latest release).")
            .Resolve(c => ReleasedView.Division(c, c.Source.Stats));
        Field<NonNullGraphType<StringGraphType>>("position")
            .Description("The position of the last event in the division's subtree this update covers.")
            .Resolve(c => c.Source.Position.ToString(CultureInfo.InvariantCulture));
    }
}

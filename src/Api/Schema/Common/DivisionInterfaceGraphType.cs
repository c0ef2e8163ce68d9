using GraphQL.Types;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Common;

public sealed class DivisionInterfaceGraphType : InterfaceGraphType
{
    public DivisionInterfaceGraphType()
    {
        Name = "Division";
        Description = "An administrative division: the region, a league, a banner, a township or a village.";
        this.Requires(Role.Anonymous);
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("The official division code (NBS 2023): 6 digits down to banner level, 9 for townships, 12 for villages. A division's code is a prefix of every code below it.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The official Chinese name.");
        Field<StringGraphType>("nameEn").Description("The English name; null where none is in official use (townships and villages).");
        Field<NonNullGraphType<DivisionLevelGraphType>>("level").Description("The division's level.");
        Field<DivisionInterfaceGraphType>("parent").Description("The division directly above; null for the region.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionInterfaceGraphType>>>>("ancestors")
            .Description("Every division above this one, from the region down to the parent.");
        Field<StatisticsGraphType>("stats").Description("Statistics of this division and everything below it. Readable by everyone for the region, leagues and banners; for townships and villages by dashboard, partner, organizer and admin keys (null and AUTH_NOT_AUTHORIZED for others).");
    }
}

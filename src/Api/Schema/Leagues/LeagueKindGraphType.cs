using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Leagues;

public sealed class LeagueKindGraphType : EnumerationGraphType<LeagueKind>
{
    public LeagueKindGraphType()
    {
        Name = "LeagueKind";
        Description = "The kind of a level-2 division.";
        Values["CITY"]!.Description = "A prefecture-level city (市).";
        Values["LEAGUE"]!.Description = "A league (盟), Inner Mongolia's prefecture-level unit.";
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Leagues;

public static class LeagueRows
{
    public static readonly FilterDefinition<League> Filter = new FilterDefinition<League>("League")
        .Field("code", l => l.Code, "The division code.")
        .Field("name", l => l.Name, "The Chinese name.")
        .Field("nameEn", l => l.NameEn, "The English name.")
        .Enum<LeagueKind, LeagueKindGraphType>("kind", l => l.Kind, "City or league.");

    public static readonly SortDefinition<League> Sort = new SortDefinition<League>("League", l => l.Code)
        .Field("code", l => l.Code, "By division code.")
        .Field("name", l => l.Name, "By Chinese name.")
        .Field("nameEn", l => l.NameEn, "By English name.")
        .Field("kind", l => l.Kind, "By kind.");

    public static readonly ConnectionSpec<LeagueGraphType, League, LeagueFilterInputGraphType, LeagueSortInputGraphType> Spec = new(Filter, Sort, []);
}

public sealed class LeagueFilterInputGraphType() : FilterInputGraphType<League>(LeagueRows.Filter, "Conditions on leagues.");

public sealed class LeagueSortInputGraphType() : SortInputGraphType<League>(LeagueRows.Sort, "Orders of leagues.");

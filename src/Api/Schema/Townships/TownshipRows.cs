using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Townships;

public static class TownshipRows
{
    public static readonly FilterDefinition<Township> Filter = new FilterDefinition<Township>("Township")
        .Field("code", t => t.Code, "The division code.")
        .Field("name", t => t.Name, "The Chinese name.")
        .Enum<TownshipKind, TownshipKindGraphType>("kind", t => t.Kind, "Sumu, township, town, subdistrict or other.")
        .Field("isEthnic", t => t.IsEthnic, "An ethnic township or sumu.")
        .Field("bannerCode", t => t.BannerCode, "The code of the county-level unit it belongs to.");

    public static readonly SortDefinition<Township> Sort = new SortDefinition<Township>("Township", t => t.Code)
        .Field("code", t => t.Code, "By division code.")
        .Field("name", t => t.Name, "By Chinese name.")
        .Field("kind", t => t.Kind, "By kind.");

    public static readonly ConnectionSpec<TownshipGraphType, Township, TownshipFilterInputGraphType, TownshipSortInputGraphType> Spec = new(Filter, Sort, []);
}

public sealed class TownshipFilterInputGraphType() : FilterInputGraphType<Township>(TownshipRows.Filter, "Conditions on township-level units.");

public sealed class TownshipSortInputGraphType() : SortInputGraphType<Township>(TownshipRows.Sort, "Orders of township-level units.");

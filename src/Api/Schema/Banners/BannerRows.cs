using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Banners;

public static class BannerRows
{
    public static readonly FilterDefinition<Banner> Filter = new FilterDefinition<Banner>("Banner")
        .Field("code", b => b.Code, "The division code.")
        .Field("name", b => b.Name, "The Chinese name.")
        .Field("nameEn", b => b.NameEn, "The English name.")
        .Enum<BannerKind, BannerKindGraphType>("kind", b => b.Kind, "Banner, county, district, county-level city or statistical zone.")
        .Field("leagueCode", b => b.LeagueCode, "The code of the league the banner belongs to.");

    public static readonly SortDefinition<Banner> Sort = new SortDefinition<Banner>("Banner", b => b.Code)
        .Field("code", b => b.Code, "By division code.")
        .Field("name", b => b.Name, "By Chinese name.")
        .Field("nameEn", b => b.NameEn, "By English name.")
        .Field("kind", b => b.Kind, "By kind.");

    public static readonly ConnectionSpec<BannerGraphType, Banner, BannerFilterInputGraphType, BannerSortInputGraphType> Spec = new(Filter, Sort, []);
}

public sealed class BannerFilterInputGraphType() : FilterInputGraphType<Banner>(BannerRows.Filter, "Conditions on county-level units.");

public sealed class BannerSortInputGraphType() : SortInputGraphType<Banner>(BannerRows.Sort, "Orders of county-level units.");

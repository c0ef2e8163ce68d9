using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>A village with what the generator needs to know about where it is.</summary>
internal sealed record Place(int Index, Village Village, Township Township, Banner Banner, League League)
{
    public bool IsCommunity => Village.Kind == VillageKind.Community;

    /// <summary>A gacha: a pastoral village (嘎查).</summary>
    public bool IsGacha => Village.Name.Contains("嘎查", StringComparison.Ordinal);

    /// <summary>Urban: a community, or anything in a city district.</summary>
    public bool IsUrban => IsCommunity || Banner.Kind == BannerKind.District;

    /// <summary>Pastoral: a gacha, a sumu, or a banner-kind county.</summary>
    public bool IsPastoral =>
        IsGacha || Township.Kind == TownshipKind.Sumu ||
        (!IsCommunity && Banner.Kind is BannerKind.Banner or BannerKind.AutonomousBanner);

    /// <summary>A village-level division's short name: the committee suffix removed.</summary>
    public string ShortName => Village.Name
        .Replace("居民委员会", string.Empty, StringComparison.Ordinal)
        .Replace("村民委员会", string.Empty, StringComparison.Ordinal)
        .Replace("居委会", string.Empty, StringComparison.Ordinal)
        .Replace("村委会", string.Empty, StringComparison.Ordinal)
        .Replace("委员会", string.Empty, StringComparison.Ordinal);

    public static IReadOnlyList<Place> All(DivisionCatalog catalog)
    {
        var leagues = catalog.Leagues.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var banners = catalog.Banners.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var townships = catalog.Townships.ToDictionary(t => t.Code, StringComparer.Ordinal);
        return [.. catalog.Villages.Select((v, i) =>
        {
            var township = townships[v.TownshipCode];
            var banner = banners[township.BannerCode];
            return new Place(i, v, township, banner, leagues[banner.LeagueCode]);
        })];
    }
}

using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Divisions;

/// <summary>The real divisions (NBS 2023), read from the CSV files embedded in this assembly.</summary>
public sealed class DivisionCatalog
{
    public required Region Region { get; init; }
    public required IReadOnlyList<League> Leagues { get; init; }
    public required IReadOnlyList<Banner> Banners { get; init; }
    public required IReadOnlyList<Township> Townships { get; init; }
    public required IReadOnlyList<Village> Villages { get; init; }

    private static readonly Lazy<DivisionCatalog> Embedded = new(Load);

    /// <summary>The catalogue; it is read once per process and must not be mutated.</summary>
    public static DivisionCatalog Instance => Embedded.Value;

    private static DivisionCatalog Load()
    {
        var upper = EmbeddedCsv.Read("divisions.csv").Concat(EmbeddedCsv.Read("stat_zones.csv")).ToList();
        var region = upper.Single(r => r["level"] == "region");
        return new DivisionCatalog
        {
            Region = new Region { Code = region["code"], Name = region["name_zh"], NameEn = region["name_en"] },
            Leagues = [.. upper.Where(r => r["level"] == "league").Select(r => new League
            {
                Code = r["code"],
                RegionCode = r["parent_code"],
                Name = r["name_zh"],
                NameEn = r["name_en"],
                Kind = KindNames.Parse<LeagueKind>(r["kind"]),
            }).OrderBy(l => l.Code, StringComparer.Ordinal)],
            Banners = [.. upper.Where(r => r["level"] == "banner").Select(r => new Banner
            {
                Code = r["code"],
                LeagueCode = r["parent_code"],
                Name = r["name_zh"],
                NameEn = r["name_en"],
                Kind = KindNames.Parse<BannerKind>(r["kind"]),
            }).OrderBy(b => b.Code, StringComparer.Ordinal)],
            Townships = [.. EmbeddedCsv.Read("townships.csv").Select(r => new Township
            {
                Code = r["code"],
                BannerCode = r["parent_code"],
                Name = r["name_zh"],
                Kind = KindNames.Parse<TownshipKind>(r["kind"]),
                IsEthnic = r["ethnic"] == "1",
            })],
            Villages = [.. EmbeddedCsv.Read("villages.csv").Select(r => new Village
            {
                Code = r["code"],
                TownshipCode = r["parent_code"],
                Name = r["name_zh"],
                Kind = KindNames.Parse<VillageKind>(r["kind"]),
            })],
        };
    }
}

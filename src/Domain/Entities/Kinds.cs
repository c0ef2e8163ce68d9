namespace PartyOrg.Domain.Entities;

/// <summary>Level-2 division kind: 市 (city) or 盟 (league).</summary>
public enum LeagueKind { City, League }

/// <summary>Level-3 (county-level) division kind.</summary>
public enum BannerKind { District, County, CountyLevelCity, Banner, AutonomousBanner, StatisticalZone }

/// <summary>Level-4 division kind: 苏木, 乡, 镇, 街道 or other township-level units.</summary>
public enum TownshipKind { Sumu, Township, Town, Subdistrict, Other }

/// <summary>Level-5 division kind: 村/嘎查 (village), 社区 (community) or other.</summary>
public enum VillageKind { Village, Community, Other }

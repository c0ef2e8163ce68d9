using GraphQL.Types;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Api.Schema.Common;

public sealed class DivisionLevelGraphType : EnumerationGraphType<DivisionLevel>
{
    public DivisionLevelGraphType()
    {
        Name = "DivisionLevel";
        Description = "The level of an administrative division.";
        Values["REGION"]!.Description = "The autonomous region (自治区).";
        Values["LEAGUE"]!.Description = "A league or prefecture-level city (盟/市).";
        Values["BANNER"]!.Description = "A county-level unit: banner, county, district, county-level city or statistical zone (旗/县/区).";
        Values["TOWNSHIP"]!.Description = "A township-level unit: sumu, township, town or subdistrict (苏木/乡/镇/街道).";
        Values["VILLAGE"]!.Description = "A village-level unit: village, gacha or community (村/嘎查/社区).";
    }
}

using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Banners;

public sealed class BannerKindGraphType : EnumerationGraphType<BannerKind>
{
    public BannerKindGraphType()
    {
        Name = "BannerKind";
        Description = "The kind of a county-level division.";
        Values["DISTRICT"]!.Description = "A city district (区).";
        Values["COUNTY"]!.Description = "A county (县).";
        Values["COUNTY_LEVEL_CITY"]!.Description = "A county-level city (县级市).";
        Values["BANNER"]!.Description = "A banner (旗), Inner Mongolia's county-level unit.";
        Values["AUTONOMOUS_BANNER"]!.Description = "An autonomous banner (自治旗).";
        Values["STATISTICAL_ZONE"]!.Description = "A development or management zone that owns townships in the statistical tables but is not an administrative unit.";
    }
}

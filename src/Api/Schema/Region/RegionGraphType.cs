using GraphQL.Types;
using RegionEntity = PartyOrg.Domain.Entities.Region;

namespace PartyOrg.Api.Schema.Region;

/// <summary>The autonomous region, root of the hierarchy.</summary>
public sealed class RegionGraphType : ObjectGraphType<RegionEntity>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "The Inner Mongolia Autonomous Region (内蒙古自治区), root of the Party-organisation hierarchy.";

        Field(r => r.Code)
            .Description("The six-digit administrative division code (GB/T 2260), 150000.");
        Field(r => r.Name)
            .Description("The official Chinese name, 内蒙古自治区.");
        Field(r => r.NameEn, nullable: true)
            .Description("The English name, when one is in official use.");
    }
}

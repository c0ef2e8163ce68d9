using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Villages;

public sealed class VillageKindGraphType : EnumerationGraphType<VillageKind>
{
    public VillageKindGraphType()
    {
        Name = "VillageKind";
        Description = "The kind of a village-level division.";
        Values["VILLAGE"]!.Description = "A village (村), or a gacha (嘎查), the pastoral village.";
        Values["COMMUNITY"]!.Description = "An urban or town community (社区).";
        Values["OTHER"]!.Description = "Another village-level unit: farm teams, ranch units and the like.";
    }
}

public sealed class CommitteeSourceGraphType : EnumerationGraphType<CommitteeSource>
{
    public CommitteeSourceGraphType()
    {
        Name = "CommitteeSource";
        Description = "The talent pool a two-committee member was selected from.";
        Values["ENTREPRENEUR"]!.Description = "A local business leader (致富能手).";
        Values["RETURNEE"]!.Description = "A returnee from work or business elsewhere (返乡人员).";
        Values["GRADUATE"]!.Description = "A local university graduate (大学毕业生).";
        Values["VETERAN"]!.Description = "A veteran (退役军人).";
        Values["OTHER"]!.Description = "Not from one of the talent pools.";
    }
}

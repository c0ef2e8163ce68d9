using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Townships;

public sealed class TownshipKindGraphType : EnumerationGraphType<TownshipKind>
{
    public TownshipKindGraphType()
    {
        Name = "TownshipKind";
        Description = "The kind of a township-level division.";
        Values["SUMU"]!.Description = "A sumu (苏木), the pastoral township.";
        Values["TOWNSHIP"]!.Description = "A township (乡).";
        Values["TOWN"]!.Description = "A town (镇).";
        Values["SUBDISTRICT"]!.Description = "An urban subdistrict (街道).";
        Values["OTHER"]!.Description = "Another township-level unit: farms, development areas and the like.";
    }
}

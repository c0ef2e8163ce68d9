using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Leagues;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;
using RegionEntity = PartyOrg.Domain.Entities.Region;

namespace PartyOrg.Api.Schema.Regions;

public sealed class RegionGraphType : ObjectGraphType<RegionEntity>
{
    private static readonly ChildConnections<RegionEntity, League, string> LeaguesOf = new(r => r.Code, l => l.RegionCode) { Memory = new DirectoryChildren<League>() };
    private static readonly ChildConnections<RegionEntity, Suggestion, string> SuggestionsAbout = new(r => r.Code, s => s.DivisionCode);

    public RegionGraphType()
    {
        Name = "Region";
        Description = "The Inner Mongolia Autonomous Region (内蒙古自治区), root of the Party-organisation hierarchy.";
        this.Requires(Role.Anonymous);
        DivisionFields.Add(this, r => r.NameEn);
        StatsFields.AddTo(this, r => r.Code);
        Field(r => r.Name).Description("The official Chinese name, 内蒙古自治区.");
        ConnectionFields.Child(this, "leagues", "The region's 12 leagues and prefecture-level cities.", LeagueRows.Spec, LeaguesOf);
        SuggestionConnections.AddTo(this, SuggestionsAbout);
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Banners;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Regions;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Leagues;

public sealed class LeagueGraphType : ObjectGraphType<League>
{
    private static readonly ChildConnections<League, Banner, string> BannersOf = new(l => l.Code, b => b.LeagueCode) { Memory = new DirectoryChildren<Banner>() };
    private static readonly ChildConnections<League, Suggestion, string> SuggestionsAbout = new(l => l.Code, s => s.DivisionCode);

    public LeagueGraphType()
    {
        Name = "League";
        Description = "A league (盟) or prefecture-level city (市): the 12 level-2 divisions of the region.";
        this.Requires(Role.Anonymous);
        DivisionFields.Add(this, l => l.NameEn);
        StatsFields.AddTo(this, l => l.Code);
        Field(l => l.Name).Description("The official Chinese name, e.g. 呼和浩特市.");
        Field<NonNullGraphType<LeagueKindGraphType>>("kind").Description("City or league.").Resolve(c => c.Source.Kind);
        Field<RegionGraphType>("region").Description("The region the league belongs to; null outside the caller's scope.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Get<Region>(c.Source.RegionCode));
        ConnectionFields.Child(this, "banners", "The league's county-level units (banners, counties, districts, cities, statistical zones).",
            BannerRows.Spec, BannersOf);
        SuggestionConnections.AddTo(this, SuggestionsAbout);
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Leagues;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Schema.Townships;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Banners;

public sealed class BannerGraphType : ObjectGraphType<Banner>
{
    private static readonly ChildConnections<Banner, Township, string> TownshipsOf = new(b => b.Code, t => t.BannerCode) { Memory = new DirectoryChildren<Township>() };
    private static readonly ChildConnections<Banner, Suggestion, string> SuggestionsAbout = new(b => b.Code, s => s.DivisionCode);

    public BannerGraphType()
    {
        Name = "Banner";
        Description = "A county-level unit (旗/县/区/县级市): 103 of them, plus 5 statistical zones.";
        this.Requires(Role.Anonymous);
        DivisionFields.Add(this, b => b.NameEn);
        StatsFields.AddTo(this, b => b.Code);
        Field(b => b.Name).Description("The official Chinese name, e.g. 新城区.");
        Field<NonNullGraphType<BannerKindGraphType>>("kind").Description("Banner, county, district, county-level city or statistical zone.").Resolve(c => c.Source.Kind);
        Field<LeagueGraphType>("league").Description("The league the unit belongs to; null outside the caller's scope.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Get<League>(c.Source.LeagueCode));
        ConnectionFields.Child(this, "townships", "The unit's township-level divisions.", TownshipRows.Spec, TownshipsOf);
        SuggestionConnections.AddTo(this, SuggestionsAbout);
    }
}

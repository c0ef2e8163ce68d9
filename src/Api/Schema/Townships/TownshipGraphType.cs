using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Banners;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Schema.Villages;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Townships;

public sealed class TownshipGraphType : ObjectGraphType<Township>
{
    private static readonly ChildConnections<Township, Village, string> VillagesOf = new(t => t.Code, v => v.TownshipCode);
    private static readonly ChildConnections<Township, Suggestion, string> SuggestionsAbout = new(t => t.Code, s => s.DivisionCode);

    public TownshipGraphType()
    {
        Name = "Township";
        Description = "A township-level unit (苏木/乡/镇/街道): 1,225 of them.";
        this.Requires(Role.Anonymous);
        DivisionFields.Add(this, _ => null);
        StatsFields.AddTo(this, t => t.Code, Role.Dashboard);
        Field(t => t.Name).Description("The official Chinese name, e.g. 泉山街道.");
        Field<NonNullGraphType<TownshipKindGraphType>>("kind").Description("Sumu, township, town, subdistrict or other.").Resolve(c => c.Source.Kind);
        Field(t => t.IsEthnic).Description("An ethnic township or sumu (民族乡/民族苏木).");
        Field<BannerGraphType>("banner").Description("The county-level unit it belongs to; null outside the caller's scope.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Get<Banner>(c.Source.BannerCode));
        ConnectionFields.Child(this, "villages", "The villages, gachas and communities of the township.", VillageRows.Spec, VillagesOf);
        SuggestionConnections.AddTo(this, SuggestionsAbout);
    }
}

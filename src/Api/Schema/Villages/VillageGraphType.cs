using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Branches;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Schema.Townships;
using PartyOrg.Api.Schema.ServiceProjects;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Villages;

/// <summary>A village's changing facts load from the database through <c>facts</c> and the lists below, never from the in-memory directory.</summary>
public sealed class VillageGraphType : ObjectGraphType<Village>
{
    private static readonly ChildConnections<Village, Branch, string> BranchesOf = new(v => v.Code, b => b.VillageCode);
    private static readonly ChildConnections<Village, ServiceProject, string> ProjectsOf = new(v => v.Code, p => p.CommunityCode);
    private static readonly ChildConnections<Village, Suggestion, string> SuggestionsAbout = new(v => v.Code, s => s.DivisionCode);

    public VillageGraphType()
    {
        Name = "Village";
        Description = "A village-level unit (村/嘎查/社区): 14,592 villages, gachas and communities.";
        this.Requires(Role.Anonymous);
        DivisionFields.Add(this, _ => null);
        StatsFields.AddTo(this, v => v.Code, Role.Dashboard);
        Field(v => v.Name).Description("The official Chinese name, e.g. 察哈尔社区居民委员会.");
        Field<NonNullGraphType<VillageKindGraphType>>("kind").Description("Village, community or other.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("isGacha").Description("A gacha (嘎查), a pastoral village.")
            .Resolve(c => c.Source.Name.Contains("嘎查", StringComparison.Ordinal));
        Field<TownshipGraphType>("township").Description("The township it belongs to; null outside the caller's scope.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Get<Township>(c.Source.TownshipCode));
        Field<VillageFactsGraphType>("facts").Requires(Role.Dashboard).Description("The village's service centre, fund and committee facts, as currently recorded.")
            .Resolve(c => RowLoaders.One<Village, string>(c, v => v.Code, c.Source.Code));
        Field<ListGraphType<NonNullGraphType<CommitteeMemberGraphType>>>("committee").Requires(Role.Dashboard)
            .Description("The members of the two committees (两委): secretary first.")
            .Resolve(c => RowLoaders.Many<CommitteeMember, string, long>(c, m => m.VillageCode, c.Source.Code, m => m.Id));
        Field<FirstSecretaryGraphType>("firstSecretary").Requires(Role.Dashboard).Description("The first secretary currently assigned to the village; null if none.")
            .Resolve(c => RowLoaders.One<FirstSecretary, string>(c, f => f.VillageCode, c.Source.Code, f => f.EndedOn == null));
        Field<WorkTeamGraphType>("workTeam").Requires(Role.Dashboard).Description("The village work team currently stationed there; null if none.")
            .Resolve(c => RowLoaders.One<WorkTeam, string>(c, w => w.VillageCode, c.Source.Code, w => w.EndedOn == null));
        Field<ListGraphType<NonNullGraphType<GridGraphType>>>("grids").Requires(Role.Dashboard).Description("The village's grids, by number.")
            .Resolve(c => RowLoaders.Many<Grid, string, int>(c, g => g.VillageCode, c.Source.Code, g => g.Number));
        ConnectionFields.Child(this, "branches", "The Party branches located in the village or community.", BranchRows.Spec, BranchesOf, nullable: true)
            .Requires(Role.Dashboard);
        SuggestionConnections.AddTo(this, SuggestionsAbout);
        ConnectionFields.Child(this, "serviceProjects", "The volunteer service projects a community offers to the in-service members registered with it.",
            ServiceProjectRows.Spec, ProjectsOf, nullable: true).Requires(Role.Dashboard);
    }
}

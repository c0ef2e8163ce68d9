using GraphQL.Types;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Villages;

public sealed class VillageFactsGraphType : ObjectGraphType<Village>
{
    public VillageFactsGraphType()
    {
        Name = "VillageFacts";
        Description = "Facts about a village-level unit that change over time.";
        this.Requires(Role.Dashboard);
        Field(v => v.Version).Description("The facts' version: send it back with a change to the service centre, grids or committee, which is refused if someone changed them since.");
        Field(v => v.HasServiceCenter).Description("Has a one-stop Party–public service centre (一站式党群服务中心).");
        Field(v => v.ServiceCenterLinkedOnline).Description("Its service centre is linked to the online platform.");
        Field(v => v.AnnualServiceFund, nullable: true).Description("Annual community service fund in yuan (为民服务专项经费); null outside communities.");
        Field<NonNullGraphType<BooleanGraphType>>("oneShoulder")
            .Description("\"One shoulder\" (一肩挑): the Party secretary also chairs the villagers' or residents' committee. Derived from the committee's posts.")
            .Resolve(c => new OneShoulder(RowLoaders.Many<CommitteeMember, string, long>(c, m => m.VillageCode, c.Source.Code, m => m.Id)));
    }

    private sealed class OneShoulder(GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<CommitteeMember>> committee) : GraphQL.DataLoader.IDataLoaderResult<bool>
    {
        public async Task<bool> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await committee.GetResultAsync(cancellationToken)).Any(m => m.IsPartySecretary && m.IsChair);

        async Task<object?> GraphQL.DataLoader.IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

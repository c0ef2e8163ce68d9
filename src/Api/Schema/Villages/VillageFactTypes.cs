using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Villages;

public sealed class CommitteeMemberGraphType : ObjectGraphType<CommitteeMember>
{
    public CommitteeMemberGraphType()
    {
        Name = "CommitteeMember";
        Description = "A member of a village's two committees (两委).";
        this.Requires(Role.Dashboard);
        Field(m => m.Name, nullable: true).Description("The member's name.").PersonalName("CommitteeMember", m => m.Id);
        Field<GenderGraphType>("gender").Description("Gender.").Resolve(c => c.Source.Gender).Personal();
        Field<EducationGraphType>("education").Description("Highest education completed.").Resolve(c => c.Source.Education).Personal();
        Field<NonNullGraphType<CommitteeSourceGraphType>>("source").Description("The talent pool they were selected from.").Resolve(c => c.Source.Source);
        Field(m => m.OnPartyCommittee).Description("Sits on the village Party organisation's committee.");
        Field(m => m.OnResidentsCommittee).Description("Sits on the villagers' or residents' committee.");
        Field(m => m.IsPartySecretary).Description("Holds the Party secretary post.");
        Field(m => m.IsChair).Description("Chairs the villagers' or residents' committee.");
    }
}

public sealed class FirstSecretaryGraphType : ObjectGraphType<FirstSecretary>
{
    public FirstSecretaryGraphType()
    {
        Name = "FirstSecretary";
        Description = "A first secretary (第一书记): an official sent to a village to lead its Party work.";
        this.Requires(Role.Dashboard);
        Field(f => f.Name, nullable: true).Description("The first secretary's name.").PersonalName("FirstSecretary", f => f.Id);
        Field(f => f.SentBy).Description("The unit that sent them.");
        Field<NonNullGraphType<LocalDateGraphType>>("startedOn").Description("When the assignment began.").Resolve(c => c.Source.StartedOn);
        Field<LocalDateGraphType>("endedOn").Description("When it ended; null while it goes on.").Resolve(c => c.Source.EndedOn);
    }
}

public sealed class WorkTeamGraphType : ObjectGraphType<WorkTeam>
{
    public WorkTeamGraphType()
    {
        Name = "WorkTeam";
        Description = "A village work team (驻村工作队) and its resident cadres.";
        this.Requires(Role.Dashboard);
        Field(w => w.SentBy).Description("The unit that sent the team.");
        Field<NonNullGraphType<LocalDateGraphType>>("startedOn").Description("When the team arrived.").Resolve(c => c.Source.StartedOn);
        Field<LocalDateGraphType>("endedOn").Description("When it left; null while it is stationed.").Resolve(c => c.Source.EndedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResidentCadreGraphType>>>>("cadres").Description("The resident cadres (驻村干部), leader first.")
            .Resolve(c => RowLoaders.Many<ResidentCadre, long, long>(c, r => r.WorkTeamId, c.Source.Id, r => r.Id));
    }
}

public sealed class ResidentCadreGraphType : ObjectGraphType<ResidentCadre>
{
    public ResidentCadreGraphType()
    {
        Name = "ResidentCadre";
        Description = "A resident cadre (驻村干部) of a work team.";
        this.Requires(Role.Dashboard);
        Field(r => r.Name, nullable: true).Description("The cadre's name.").PersonalName("ResidentCadre", r => r.Id);
        Field(r => r.IsLeader).Description("Leads the work team.");
    }
}

public sealed class GridGraphType : ObjectGraphType<Grid>
{
    public GridGraphType()
    {
        Name = "Grid";
        Description = "A grid (网格), the smallest unit of village and community governance.";
        this.Requires(Role.Dashboard);
        Field(g => g.Number).Description("The grid's number within its village.");
        Field(g => g.Households).Description("Households in the grid.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GridWorkerGraphType>>>>("workers").Description("The grid workers (网格员).")
            .Resolve(c => RowLoaders.Many<GridWorker, long, long>(c, w => w.GridId, c.Source.Id, w => w.Id));
    }
}

public sealed class GridWorkerGraphType : ObjectGraphType<GridWorker>
{
    public GridWorkerGraphType()
    {
        Name = "GridWorker";
        Description = "A grid worker (网格员).";
        this.Requires(Role.Dashboard);
        Field(w => w.Name, nullable: true).Description("The worker's name.").PersonalName("GridWorker", w => w.Id);
        Field(w => w.FullTime).Description("Works full-time (专职) rather than part-time (兼职).");
    }
}

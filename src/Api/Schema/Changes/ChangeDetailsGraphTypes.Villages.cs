using GraphQL.Types;
using PartyOrg.Api.Changes.Details;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

public sealed class FirstSecretaryAssignedGraphType : ObjectGraphType<FirstSecretaryAssigned>
{
    public FirstSecretaryAssignedGraphType()
    {
        Name = "FirstSecretaryAssigned";
        Description = "Details of FIRST_SECRETARY_ASSIGNED: a first secretary (第一书记) was sent to the village.";
        this.Requires(Role.Partner);
        Field(d => d.Name, nullable: true).Description("The first secretary's name.").PersonalName("FirstSecretary", d => d.Name ?? "");
        Field(d => d.SentBy, nullable: true).Description("The unit that sent them.");
        ChangeDetailFields.Date(this, "startedOn", "When the assignment began.", d => d.StartedOn);
    }
}

public sealed class FirstSecretaryAssignmentEndedGraphType : ObjectGraphType<FirstSecretaryAssignmentEnded>
{
    public FirstSecretaryAssignmentEndedGraphType()
    {
        Name = "FirstSecretaryAssignmentEnded";
        Description = "Details of FIRST_SECRETARY_ASSIGNMENT_ENDED: a first secretary's assignment to the village ended.";
        this.Requires(Role.Partner);
        Field(d => d.Name, nullable: true).Description("The first secretary's name, where the event recorded it.").PersonalName("FirstSecretary", d => d.Name ?? "");
        ChangeDetailFields.Date(this, "endedOn", "When the assignment ended.", d => d.EndedOn);
    }
}

public sealed class WorkTeamAssignedGraphType : ObjectGraphType<WorkTeamAssigned>
{
    public WorkTeamAssignedGraphType()
    {
        Name = "WorkTeamAssigned";
        Description = "Details of WORK_TEAM_ASSIGNED: a village work team (驻村工作队) was stationed in the village.";
        this.Requires(Role.Partner);
        Field(d => d.SentBy, nullable: true).Description("The unit that sent the team.");
        ChangeDetailFields.Date(this, "startedOn", "When the team arrived.", d => d.StartedOn);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("cadres").Description("The names of the team's resident cadres (驻村干部).").Personal()
            .Resolve(c => c.Source.CadreNames);
    }
}

public sealed class ServiceCenterUpdatedGraphType : ObjectGraphType<ServiceCenterUpdated>
{
    public ServiceCenterUpdatedGraphType()
    {
        Name = "ServiceCenterUpdated";
        Description = "Details of SERVICE_CENTER_UPDATED: the village's Party–public service centre facts after the change.";
        this.Requires(Role.Partner);
        Field(d => d.HasServiceCenter, nullable: true).Description("Has a one-stop Party–public service centre (一站式党群服务中心).");
        Field(d => d.LinkedOnline, nullable: true).Description("The centre is linked to the online platform.");
        Field(d => d.AnnualServiceFund, nullable: true).Description("Annual community service fund in yuan (为民服务专项经费), where the event recorded it.");
    }
}

public sealed class GridsUpdatedGraphType : ObjectGraphType<GridsUpdated>
{
    public GridsUpdatedGraphType()
    {
        Name = "GridsUpdated";
        Description = "Details of GRIDS_UPDATED: the village's grids (网格) and grid workers after the change.";
        this.Requires(Role.Partner);
        Field(d => d.GridCount, nullable: true).Description("Grids in the village.");
        Field(d => d.WorkerCount, nullable: true).Description("Grid workers (网格员).");
        Field(d => d.FullTimeWorkerCount, nullable: true).Description("Full-time grid workers, where the event recorded them.");
        Field(d => d.Households, nullable: true).Description("Households in the village's grids.");
    }
}

public sealed class CommitteeElectedGraphType : ObjectGraphType<CommitteeElected>
{
    public CommitteeElectedGraphType()
    {
        Name = "CommitteeElected";
        Description = "Details of COMMITTEE_ELECTED: the village's two committees (两委) were elected.";
        this.Requires(Role.Partner);
        Field(d => d.MemberCount, nullable: true).Description("Members of the two committees.");
        Field(d => d.SecretaryName, nullable: true).Description("The Party secretary elected.").PersonalName("CommitteeMember", d => d.SecretaryName ?? "");
        Field(d => d.ChairName, nullable: true).Description("The chair of the villagers' or residents' committee elected.").PersonalName("CommitteeMember", d => d.ChairName ?? "");
        Field(d => d.OneShoulder, nullable: true).Description("The secretary also chairs the villagers' or residents' committee (一肩挑).");
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes.Villages;

namespace PartyOrg.Api.Schema.Villages;

public sealed class AssignFirstSecretaryInputGraphType : InputObjectGraphType<AssignFirstSecretary>
{
    public AssignFirstSecretaryInputGraphType()
    {
        Name = "AssignFirstSecretaryInput";
        Description = "A first secretary (第一书记) sent to a village that has none serving.";
        Field("villageCode", x => x.VillageCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of the village-level division.");
        Field("name", x => x.Name, typeof(NonNullGraphType<StringGraphType>)).Description("The first secretary's name, 1 to 64 characters.");
        Field("sentBy", x => x.SentBy, typeof(NonNullGraphType<StringGraphType>)).Description("The unit that sends them, 1 to 128 characters.");
        Field("startedOn", x => x.StartedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When the assignment begins; not in the future.");
    }
}

public sealed class EndFirstSecretaryAssignmentInputGraphType : InputObjectGraphType<EndFirstSecretaryAssignment>
{
    public EndFirstSecretaryAssignmentInputGraphType()
    {
        Name = "EndFirstSecretaryAssignmentInput";
        Description = "The village's serving first secretary leaves.";
        Field("villageCode", x => x.VillageCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of the village-level division.");
        Field("endedOn", x => x.EndedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When the assignment ends: not before it began, not in the future.");
    }
}

public sealed class AssignWorkTeamInputGraphType : InputObjectGraphType<AssignWorkTeam>
{
    public AssignWorkTeamInputGraphType()
    {
        Name = "AssignWorkTeamInput";
        Description = "A work team (驻村工作队) stationed in a village that has none.";
        Field("villageCode", x => x.VillageCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of the village-level division.");
        Field("sentBy", x => x.SentBy, typeof(NonNullGraphType<StringGraphType>)).Description("The unit that sends the team, 1 to 128 characters.");
        Field("startedOn", x => x.StartedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When the team arrives; not in the future.");
        Field("cadreNames", x => x.CadreNames, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("The resident cadres (驻村干部), at least one; the first named leads the team.");
    }
}

public sealed class UpdateServiceCenterInputGraphType : InputObjectGraphType<UpdateServiceCenter>
{
    public UpdateServiceCenterInputGraphType()
    {
        Name = "UpdateServiceCenterInput";
        Description = "The village's one-stop Party–public service centre (一站式党群服务中心).";
        Field("villageCode", x => x.VillageCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of the village-level division.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The village facts' version as last read.");
        Field("hasServiceCenter", x => x.HasServiceCenter, typeof(NonNullGraphType<BooleanGraphType>)).Description("The village has a service centre.");
        Field("linkedOnline", x => x.LinkedOnline, typeof(NonNullGraphType<BooleanGraphType>))
            .Description("Its service centre is linked to the online platform; requires a centre.");
    }
}

using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;

namespace PartyOrg.Api.Schema.Villages;

public sealed class AssignFirstSecretaryInputGraphType : InputObjectGraphType
{
    public AssignFirstSecretaryInputGraphType()
    {
        Name = "AssignFirstSecretaryInput";
        Description = "A first secretary (第一书记) sent to a village that has none serving.";
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("The 12-digit code of the village-level division.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The first secretary's name, 1 to 64 characters.");
        Field<NonNullGraphType<StringGraphType>>("sentBy").Description("The unit that sends them, 1 to 128 characters.");
        Field<NonNullGraphType<LocalDateGraphType>>("startedOn").Description("When the assignment begins; not in the future.");
    }
}

public sealed class EndFirstSecretaryAssignmentInputGraphType : InputObjectGraphType
{
    public EndFirstSecretaryAssignmentInputGraphType()
    {
        Name = "EndFirstSecretaryAssignmentInput";
        Description = "The village's serving first secretary leaves.";
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("The 12-digit code of the village-level division.");
        Field<NonNullGraphType<LocalDateGraphType>>("endedOn").Description("When the assignment ends: not before it began, not in the future.");
    }
}

public sealed class AssignWorkTeamInputGraphType : InputObjectGraphType
{
    public AssignWorkTeamInputGraphType()
    {
        Name = "AssignWorkTeamInput";
        Description = "A work team (驻村工作队) stationed in a village that has none.";
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("The 12-digit code of the village-level division.");
        Field<NonNullGraphType<StringGraphType>>("sentBy").Description("The unit that sends the team, 1 to 128 characters.");
        Field<NonNullGraphType<LocalDateGraphType>>("startedOn").Description("When the team arrives; not in the future.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("cadreNames")
            .Description("The resident cadres (驻村干部), at least one; the first named leads the team.");
    }
}

public sealed class UpdateServiceCenterInputGraphType : InputObjectGraphType
{
    public UpdateServiceCenterInputGraphType()
    {
        Name = "UpdateServiceCenterInput";
        Description = "The village's one-stop Party–public service centre (一站式党群服务中心).";
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("The 12-digit code of the village-level division.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The village facts' version as last read.");
        Field<NonNullGraphType<BooleanGraphType>>("hasServiceCenter").Description("The village has a service centre.");
        Field<NonNullGraphType<BooleanGraphType>>("linkedOnline").Description("Its service centre is linked to the online platform; requires a centre.");
    }
}

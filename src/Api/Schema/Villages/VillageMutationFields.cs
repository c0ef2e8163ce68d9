using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Villages;

/// <summary>The inputs name villages by code, so each binds to the domain's change record as it is.</summary>
public sealed class VillageMutationFields(VillageAssignments assignments, VillageFactChanges facts) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<AssignFirstSecretaryInputGraphType, AssignFirstSecretary, FirstSecretaryGraphType, FirstSecretary>(mutation, "assignFirstSecretary",
            "Assigns a first secretary to a village that has none serving.", "firstSecretary", "The assigned first secretary.",
            assignments.AssignFirstSecretaryAsync);
        MutationFields.Add<EndFirstSecretaryAssignmentInputGraphType, EndFirstSecretaryAssignment, FirstSecretaryGraphType, FirstSecretary>(mutation,
            "endFirstSecretaryAssignment", "Ends the assignment of a village's serving first secretary.", "firstSecretary", "The first secretary whose assignment ended.",
            assignments.EndFirstSecretaryAssignmentAsync);
        MutationFields.Add<AssignWorkTeamInputGraphType, AssignWorkTeam, WorkTeamGraphType, WorkTeam>(mutation, "assignWorkTeam",
            "Stations a work team in a village that has none.", "workTeam", "The stationed work team.",
            assignments.AssignWorkTeamAsync);
        MutationFields.Add<UpdateServiceCenterInputGraphType, UpdateServiceCenter, VillageGraphType, Village>(mutation, "updateServiceCenter",
            "Records whether a village has a one-stop service centre and whether it is linked online.", "village", "The village with its updated facts.",
            facts.UpdateServiceCenterAsync);
        MutationFields.Add<UpdateGridsInputGraphType, UpdateGrids, VillageGraphType, Village>(mutation, "updateGrids",
            "Replaces a village's grids and grid workers.", "village", "The village with its new grids.",
            facts.UpdateGridsAsync);
        MutationFields.Add<ElectCommitteeInputGraphType, ElectCommittee, VillageGraphType, Village>(mutation, "electCommittee",
            "Replaces a village's two committees with the newly elected members.", "village", "The village with its new committee.",
            facts.ElectCommitteeAsync);
    }
}

using System.Collections;
using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Villages;

/// <summary>The village mutations: assignments sent to villages and the facts recorded on them.</summary>
public sealed class VillageMutationFields(VillageAssignments assignments, VillageFactChanges facts) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationFields.Add<AssignFirstSecretaryInputGraphType, FirstSecretaryGraphType, FirstSecretary>(mutation, "assignFirstSecretary",
            "Assigns a first secretary to a village that has none serving.", "firstSecretary", "The assigned first secretary.",
            (c, i, scope) => assignments.AssignFirstSecretaryAsync(new AssignFirstSecretary(
                i.Get<string>("villageCode"), i.Get<string>("name"), i.Get<string>("sentBy"), i.Get<DateOnly>("startedOn")), scope, c.CancellationToken));
        MutationFields.Add<EndFirstSecretaryAssignmentInputGraphType, FirstSecretaryGraphType, FirstSecretary>(mutation, "endFirstSecretaryAssignment",
            "Ends the assignment of a village's serving first secretary.", "firstSecretary", "The first secretary whose assignment ended.",
            (c, i, scope) => assignments.EndFirstSecretaryAssignmentAsync(new EndFirstSecretaryAssignment(
                i.Get<string>("villageCode"), i.Get<DateOnly>("endedOn")), scope, c.CancellationToken));
        MutationFields.Add<AssignWorkTeamInputGraphType, WorkTeamGraphType, WorkTeam>(mutation, "assignWorkTeam",
            "Stations a work team in a village that has none.", "workTeam", "The stationed work team.",
            (c, i, scope) => assignments.AssignWorkTeamAsync(new AssignWorkTeam(
                i.Get<string>("villageCode"), i.Get<string>("sentBy"), i.Get<DateOnly>("startedOn"), [.. Items(i, "cadreNames").Cast<string>()]), scope, c.CancellationToken));
        MutationFields.Add<UpdateServiceCenterInputGraphType, VillageGraphType, Village>(mutation, "updateServiceCenter",
            "Records whether a village has a one-stop service centre and whether it is linked online.", "village", "The village with its updated facts.",
            (c, i, scope) => facts.UpdateServiceCenterAsync(new UpdateServiceCenter(
                i.Get<string>("villageCode"), i.Get<int>("version"), i.Get<bool>("hasServiceCenter"), i.Get<bool>("linkedOnline")), scope, c.CancellationToken));
        MutationFields.Add<UpdateGridsInputGraphType, VillageGraphType, Village>(mutation, "updateGrids",
            "Replaces a village's grids and grid workers.", "village", "The village with its new grids.",
            (c, i, scope) => facts.UpdateGridsAsync(new UpdateGrids(i.Get<string>("villageCode"), i.Get<int>("version"), [.. Objects(i, "grids").Select(Grid)]), scope, c.CancellationToken));
        MutationFields.Add<ElectCommitteeInputGraphType, VillageGraphType, Village>(mutation, "electCommittee",
            "Replaces a village's two committees with the newly elected members.", "village", "The village with its new committee.",
            (c, i, scope) => facts.ElectCommitteeAsync(new ElectCommittee(i.Get<string>("villageCode"), i.Get<int>("version"), [.. Objects(i, "members").Select(CommitteeMember)]), scope, c.CancellationToken));
    }

    private static GridInput Grid(IDictionary<string, object?> grid) =>
        new(grid.Get<int>("households"), [.. Objects(grid, "workers").Select(w => new GridWorkerInput(w.Get<string>("name"), w.Get<bool>("fullTime")))]);

    private static CommitteeMemberInput CommitteeMember(IDictionary<string, object?> m) =>
        new(m.Get<string>("name"), m.Get<Gender>("gender"), m.Get<Education>("education"), m.Get<CommitteeSource>("source"),
            m.Get<bool>("onPartyCommittee"), m.Get<bool>("onResidentsCommittee"), m.Get<bool>("isPartySecretary"), m.Get<bool>("isChair"));

    private static IEnumerable<object?> Items(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable items ? items.Cast<object?>() : [];

    private static IEnumerable<IDictionary<string, object?>> Objects(IDictionary<string, object?> input, string name) =>
        Items(input, name).Cast<IDictionary<string, object?>>();
}

using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.Villages;

/// <summary>A first secretary (第一书记) is sent to lead a village's Party work.</summary>
public sealed record AssignFirstSecretary(string VillageCode, string Name, string SentBy, DateOnly StartedOn);

/// <summary>The village's serving first secretary leaves.</summary>
public sealed record EndFirstSecretaryAssignment(string VillageCode, DateOnly EndedOn);

/// <summary>A work team (驻村工作队) is stationed in a village; the first cadre named leads it.</summary>
public sealed record AssignWorkTeam(string VillageCode, string SentBy, DateOnly StartedOn, IReadOnlyList<string> CadreNames);

/// <summary>The village's one-stop service centre: built or not, linked to the online platform or not.</summary>
public sealed record UpdateServiceCenter(string VillageCode, int Version, bool HasServiceCenter, bool LinkedOnline);

/// <summary>The village is divided into these grids (网格), numbered in order; they replace the old ones.</summary>
public sealed record UpdateGrids(string VillageCode, int Version, IReadOnlyList<GridInput> Grids);

/// <summary>One grid: its households and its workers (网格员).</summary>
public sealed record GridInput(int Households, IReadOnlyList<GridWorkerInput> Workers);

/// <summary>A grid worker, full- or part-time.</summary>
public sealed record GridWorkerInput(string Name, bool FullTime);

/// <summary>The newly elected two committees (两委); they replace the old ones.</summary>
public sealed record ElectCommittee(string VillageCode, int Version, IReadOnlyList<CommitteeMemberInput> Members);

/// <summary>One elected member of the two committees and the posts they hold.</summary>
public sealed record CommitteeMemberInput(
    string Name, Gender Gender, Education Education, CommitteeSource Source,
    bool OnPartyCommittee, bool OnResidentsCommittee, bool IsPartySecretary, bool IsChair);

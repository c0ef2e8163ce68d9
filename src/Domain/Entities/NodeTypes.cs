using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>
/// The entities with a global identity: every division (keyed by its code), branches and members (by their id).
/// Their names are the graph's node types and the type part of global IDs and change-log subjects (<c>Branch:42</c>).
/// </summary>
public static class NodeTypes
{
    public const string Branch = nameof(Entities.Branch);

    public const string Member = nameof(Entities.Member);

    public static IReadOnlySet<string> All { get; } =
        DivisionLevels.All.Select(l => l.TypeName).Append(Branch).Append(Member).ToHashSet(StringComparer.Ordinal);
}

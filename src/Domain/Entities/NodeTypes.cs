using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Entities;

/// <summary>
/// The entities with a global identity: every division (keyed by its code), branches, members and the public-service records (by their id).
/// Their names are the graph's node types and the type part of global IDs and change-log subjects (<c>Branch:42</c>).
/// </summary>
public static class NodeTypes
{
    public const string Branch = nameof(Entities.Branch);

    public const string Member = nameof(Entities.Member);

    public const string Suggestion = nameof(Entities.Suggestion);

    public const string PracticalMatterList = nameof(Entities.PracticalMatterList);

    public const string PracticalMatter = nameof(Entities.PracticalMatter);

    public const string ServiceProject = nameof(Entities.ServiceProject);

    /// <summary>The public-service records: keyed by id and scoped by the division they belong to, like branches.</summary>
    public static IReadOnlyList<string> PublicService { get; } = [Suggestion, PracticalMatterList, PracticalMatter, ServiceProject];

    public static IReadOnlySet<string> All { get; } =
        DivisionLevels.All.Select(l => l.TypeName).Append(Branch).Append(Member).Concat(PublicService).ToHashSet(StringComparer.Ordinal);
}

using System.Collections;
using GraphQL.Types;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>
/// Drops what lies outside the caller's subtree from a field that returns divisions, branches, members or public-service records
/// (an upward link, a lookup, a list of nodes): it reads as null, exactly like something that does not exist.
/// So do branches and members for a role that may not read them at all, so <c>node(id:)</c> reveals no existence.
/// Connections need no filter: their rows are below a node already in scope, or narrowed in their query.
/// </summary>
public sealed class ScopeFilter
{
    private readonly bool _list;
    private readonly bool _dropItems;

    private ScopeFilter(bool list, bool dropItems)
    {
        _list = list;
        _dropItems = dropItems;
    }

    /// <summary>The filter for a field of this type, or null when its values are not scoped.</summary>
    public static ScopeFilter? For(IGraphType type)
    {
        var unwrapped = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
        if (unwrapped is ListGraphType list)
        {
            var item = list.ResolvedType!;
            var named = item is NonNullGraphType n ? n.ResolvedType! : item;
            return Scoped(named) ? new ScopeFilter(true, item is NonNullGraphType) : null;
        }

        return Scoped(unwrapped) ? new ScopeFilter(false, false) : null;
    }

    /// <summary>A node type, or an interface (<c>Node</c>, <c>Division</c>) that node types implement.</summary>
    private static bool Scoped(IGraphType type) =>
        NodeTypes.All.Contains(type.Name) ||
        (type is IInterfaceGraphType face && face.PossibleTypes.Any(t => NodeTypes.All.Contains(t.Name)));

    public object? Apply(object? value, Caller caller)
    {
        if (!_list || value is null)
        {
            return Hidden(value, caller) ? null : value;
        }

        var items = ((IEnumerable)value).Cast<object?>();
        return _dropItems
            ? items.Where(item => !Hidden(item, caller)).ToList()
            : items.Select(item => Hidden(item, caller) ? null : item).ToList();
    }

    /// <summary>Whether the caller must not learn that this division, branch or member exists.</summary>
    public static bool Hidden(object? value, Caller caller) => value switch
    {
        null => false,
        Branch branch => caller.Role < Role.Dashboard || !caller.Scope.Contains(branch.VillageCode),
        Member member => caller.Role < Role.Partner || !caller.Scope.Contains(member.VillageCode),
        Suggestion suggestion => caller.Role < Role.Partner || !caller.Scope.Contains(suggestion.AreaCode),
        PracticalMatterList list => caller.Role < Role.Dashboard || !caller.Scope.Contains(list.VillageCode),
        PracticalMatter matter => caller.Role < Role.Dashboard || !caller.Scope.Contains(matter.VillageCode),
        ServiceProject project => caller.Role < Role.Dashboard || !caller.Scope.Contains(project.CommunityCode),
        IDivision division => !caller.Scope.Contains(division.Code),
        _ => false,
    };
}

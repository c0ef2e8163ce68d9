using System.Collections;
using GraphQL.Types;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>
/// Drops what lies outside the caller's subtree from a field that returns divisions, branches or members
/// (an upward link, a lookup, a list of nodes): it reads as null, exactly like something that does not exist.
/// So do branches and members for a role that may not read them at all, so <c>node(id:)</c> reveals no existence.
/// Connections need no filter: their rows are below a node already in scope, or narrowed in their query.
/// </summary>
public sealed class ScopeFilter
{
    private static readonly HashSet<string> ScopedTypes = ["Region", "League", "Banner", "Township", "Village", "Branch", "Member", "Division", "Node"];

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
            return ScopedTypes.Contains(named.Name) ? new ScopeFilter(true, item is NonNullGraphType) : null;
        }

        return ScopedTypes.Contains(unwrapped.Name) ? new ScopeFilter(false, false) : null;
    }

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
        Region or League or Banner or Township or Village => !caller.Scope.Contains(Divisions.Code(value)),
        _ => false,
    };
}

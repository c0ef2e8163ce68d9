using System.Collections;
using GraphQL.Types;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>
/// Drops what lies outside the caller's subtree from a field that returns divisions, branches or members
/// (an upward link, a lookup, a list of nodes): it reads as null, exactly like something that does not exist.
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

    public object? Apply(object? value, Subtree subtree)
    {
        if (!_list || value is null)
        {
            return Outside(value, subtree) ? null : value;
        }

        var items = ((IEnumerable)value).Cast<object?>();
        return _dropItems
            ? items.Where(item => !Outside(item, subtree)).ToList()
            : items.Select(item => Outside(item, subtree) ? null : item).ToList();
    }

    public static bool Outside(object? value, Subtree subtree) => value switch
    {
        null => false,
        Branch branch => !subtree.Contains(branch.VillageCode),
        Member member => !subtree.Contains(member.VillageCode),
        Region or League or Banner or Township or Village => !subtree.Contains(Divisions.Code(value)),
        _ => false,
    };
}

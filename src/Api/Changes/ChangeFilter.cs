using System.Linq.Expressions;
using PartyOrg.Api.Querying;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Api.Changes;

/// <summary>
/// Which events a reader of the log wants: those in the subtree of any of the scopes (by the village
/// the event belongs to, or for a transfer the village it came from) and, optionally, of some kinds.
/// </summary>
public sealed class ChangeFilter
{
    private readonly IReadOnlyList<string> _prefixes;
    private readonly HashSet<ChangeKind>? _kinds;

    /// <param name="prefixes">Subtree prefixes (<see cref="DivisionExtensions.SubtreePrefix"/>); empty means the whole region.</param>
    /// <param name="kinds">The kinds wanted; null means every kind.</param>
    public ChangeFilter(IReadOnlyList<string> prefixes, IEnumerable<ChangeKind>? kinds)
    {
        _prefixes = prefixes;
        _kinds = kinds is null ? null : [.. kinds];
        Predicate = Build(_prefixes, _kinds);
    }

    /// <summary>The filter as a condition on <see cref="ChangeEvent"/> rows, or null when it takes every row.</summary>
    public Expression<Func<ChangeEvent, bool>>? Predicate { get; }

    /// <summary>The same condition in memory.</summary>
    public bool Matches(ChangeEvent change) =>
        (_kinds is null || _kinds.Contains(change.Kind)) && (_prefixes.Count == 0 || _prefixes.Any(p => Touches(change, p)));

    /// <summary>Whether the event belongs to the subtree whose codes start with <paramref name="prefix"/>.</summary>
    public static bool Touches(ChangeEvent change, string prefix) =>
        change.VillageCode.StartsWith(prefix, StringComparison.Ordinal) ||
        (change.FromVillageCode?.StartsWith(prefix, StringComparison.Ordinal) ?? false);

    private static Expression<Func<ChangeEvent, bool>>? Build(IReadOnlyList<string> prefixes, HashSet<ChangeKind>? kinds)
    {
        Expression<Func<ChangeEvent, bool>>? scope = null;
        foreach (var prefix in prefixes)
        {
            scope = Or(scope, Or(
                CodeRange.Of<ChangeEvent>(e => e.VillageCode, prefix, DivisionLevels.Village.CodeLength),
                CodeRange.Of<ChangeEvent>(e => e.FromVillageCode!, prefix, DivisionLevels.Village.CodeLength)));
        }

        return Predicates.And(scope, kinds is null ? null : KeyPredicates.In<ChangeEvent, ChangeKind>(e => e.Kind, [.. kinds]));
    }

    private static Expression<Func<ChangeEvent, bool>> Or(Expression<Func<ChangeEvent, bool>>? left, Expression<Func<ChangeEvent, bool>> right) =>
        left is null ? right : Expression.Lambda<Func<ChangeEvent, bool>>(Expression.OrElse(left.Body, right.Rebind(left.Parameters[0])), left.Parameters[0]);
}

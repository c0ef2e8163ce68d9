using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>
/// The statistics a caller is entitled to: organizers and admins get the live rollup itself; every other role a copy
/// whose protected counts come from the latest release (<see cref="ProtectedFigures"/>), read in one more batched
/// statement per level when a protected figure is selected. Every statistics field below reads its counts from what this hands it.
/// </summary>
public static class ReleasedView
{
    public static IDataLoaderResult<DivisionRollup> Division(IResolveFieldContext context, string code)
    {
        // Only the columns the operation's statistics selections read: the dashboard's four instead of 88.
        var columns = RollupColumns.DivisionFor(context, (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType());
        var live = RowLoaders.One<DivisionRollup, string>(context, r => r.Code, code, where: null, columns);
        DivisionRollup OrEmpty(DivisionRollup? row) => row ?? new DivisionRollup { Code = code };
        return !Applies(context)
            ? new Mapped<DivisionRollup?, DivisionRollup>(live, OrEmpty)
            : new Combined<DivisionRollup?, ReleasedDivisionRollup?, DivisionRollup>(live, Released(context, code), (row, released) => Overlay(OrEmpty(row), released));
    }

    /// <summary>A rollup already read (a <c>statisticsChanged</c> update), seen as the caller may see it.</summary>
    public static object Division(IResolveFieldContext context, DivisionRollup live) =>
        !Applies(context) ? live : new Mapped<ReleasedDivisionRollup?, DivisionRollup>(Released(context, live.Code), released => Overlay(live, released));

    public static IDataLoaderResult<BranchRollup> Branch(IResolveFieldContext context, long branchId)
    {
        var columns = RollupColumns.BranchFor(context, (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType());
        var live = RowLoaders.One<BranchRollup, long>(context, r => r.BranchId, branchId, where: null, columns);
        BranchRollup OrEmpty(BranchRollup? row) => row ?? new BranchRollup { BranchId = branchId };
        return !Applies(context)
            ? new Mapped<BranchRollup?, BranchRollup>(live, OrEmpty)
            : new Combined<BranchRollup?, ReleasedBranchRollup?, BranchRollup>(
                live, RowLoaders.One<ReleasedBranchRollup, long>(context, r => r.BranchId, branchId), (row, released) => Overlay(OrEmpty(row), released));
    }

    /// <summary>Only when a protected figure (or where they come from) is selected: the others read no release, and cost no statement.</summary>
    private static bool Applies(IResolveFieldContext context) =>
        Access.ReadsReleased(Caller.From(context).Role) &&
        (context.SubFields?.Values.Any(f => Access.IsProtected(f.FieldType) || f.FieldType.Name == SourceField) ?? true);

    /// <summary>The field that says which release the protected figures come from.</summary>
    public const string SourceField = "source";

    private static IDataLoaderResult<ReleasedDivisionRollup?> Released(IResolveFieldContext context, string code) =>
        RowLoaders.One<ReleasedDivisionRollup, string>(context, r => r.Code, code);

    /// <summary>A node the latest release does not hold (made since) has no protected counts yet: all 0, of 0 members.</summary>
    private static T Overlay<T>(T live, MemberRollup? released)
        where T : MemberRollup =>
        released switch
        {
            ReleasedDivisionRollup division => ProtectedFigures.Overlay(live, division, new PublishedRelease(division.Release, division.Members)),
            ReleasedBranchRollup branch => ProtectedFigures.Overlay(live, branch, new PublishedRelease(branch.Release, branch.Members)),
            _ => ProtectedFigures.Overlay(live, new ReleasedBranchRollup(), new PublishedRelease(null, 0)),
        };
}

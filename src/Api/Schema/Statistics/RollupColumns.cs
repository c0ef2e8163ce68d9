using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>
/// Which columns of a rollup row the statistics fields of an operation read, so that the row is read with those
/// columns only. Each statistics field declares the columns it reads (<see cref="RowColumns.Reads{TSource, TReturn}"/>); a field
/// that declares none (a breakdown, whose columns depend on its argument) makes the operation read the whole row.
/// The columns are the union over every selection of the type in the operation, not per field, so that every
/// level's rows are still read in one statement. Worked out once per parsed operation (documents are cached).
/// </summary>
public static class RollupColumns
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, ConcurrentDictionary<IComplexGraphType, object?>> ByOperation = new();

    /// <summary>Declares the columns that the expressions <paramref name="read"/> read.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn, TRow>(this FieldBuilder<TSource, TReturn> field, params Expression<Func<TRow, int>>[] read) =>
        RowColumns.Reads(field, [.. read.SelectMany(Of).Distinct(StringComparer.Ordinal)]);

    /// <summary>Resolves the field to <paramref name="count"/> of its source row, declaring the columns the count reads.</summary>
    public static FieldBuilder<TSource, object> ResolveCount<TSource>(this FieldBuilder<TSource, object> field, Expression<Func<TSource, int>> count)
    {
        var read = count.Compile();
        return field.Reads(count).Resolve(c => read(c.Source));
    }

    /// <summary>
    /// The stored properties of the row's parameter that <paramref name="read"/> reads. ProtectedTotal is computed: the
    /// release's member count when one is overlaid, else the row's Members.
    /// </summary>
    public static IEnumerable<string> Of(LambdaExpression read) =>
        RowColumns.Of(read).Select(column => column == nameof(MemberRollup.ProtectedTotal) ? nameof(MemberRollup.Members) : column);

    /// <summary>The columns this field declares; null when it declares none (it needs the whole row).</summary>
    public static IReadOnlyList<string>? Declared(FieldType field) => RowColumns.Declared(field);

    /// <summary>
    /// The projection of <see cref="DivisionRollup"/> rows for the operation of <paramref name="context"/>: the key and
    /// every column that a selection of <paramref name="statistics"/> anywhere in the operation reads; null when one of
    /// them needs the whole row.
    /// </summary>
    public static RowProjection<DivisionRollup>? DivisionFor(IResolveFieldContext context, IComplexGraphType statistics) =>
        For<DivisionRollup>(context, statistics, nameof(DivisionRollup.Code));

    /// <summary>As <see cref="DivisionFor"/>, for <see cref="BranchRollup"/> rows.</summary>
    public static RowProjection<BranchRollup>? BranchFor(IResolveFieldContext context, IComplexGraphType statistics) =>
        For<BranchRollup>(context, statistics, nameof(BranchRollup.BranchId));

    private static RowProjection<T>? For<T>(IResolveFieldContext context, IComplexGraphType statistics, string key)
        where T : MemberRollup =>
        (RowProjection<T>?)ByOperation.GetValue(context.Operation, _ => new()).GetOrAdd(
            statistics, type => RowColumns.Selected(context, type) is { } columns ? RowProjection.Of<T>([key, .. columns]) : null);
}

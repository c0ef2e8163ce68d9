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
/// columns only. Each statistics field declares the columns it reads (<see cref="Reads{TSource, TReturn}"/>); a field
/// that declares none (a breakdown, whose columns depend on its argument) makes the operation read the whole row.
/// The columns are the union over every selection of the type in the operation, not per field, so that every
/// level's rows are still read in one statement. Worked out once per parsed operation (documents are cached).
/// </summary>
public static class RollupColumns
{
    private const string MetadataKey = "party.rollup.columns";

    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, ConcurrentDictionary<IComplexGraphType, object?>> ByOperation = new();

    /// <summary>Declares that <paramref name="field"/> reads these columns of its rollup row (none: it reads only the key).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] columns)
    {
        field.FieldType.Metadata[MetadataKey] = columns;
        return field;
    }

    /// <summary>Declares the columns that the expressions <paramref name="read"/> read.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn, TRow>(this FieldBuilder<TSource, TReturn> field, params Expression<Func<TRow, int>>[] read) =>
        field.Reads([.. read.SelectMany(Of).Distinct(StringComparer.Ordinal)]);

    /// <summary>Resolves the field to <paramref name="count"/> of its source row, declaring the columns the count reads.</summary>
    public static FieldBuilder<TSource, object> ResolveCount<TSource>(this FieldBuilder<TSource, object> field, Expression<Func<TSource, int>> count)
    {
        var read = count.Compile();
        return field.Reads(count).Resolve(c => read(c.Source));
    }

    /// <summary>The stored properties of the row's parameter that <paramref name="read"/> reads.</summary>
    public static IEnumerable<string> Of(LambdaExpression read)
    {
        var finder = new MemberFinder(read.Parameters[0]);
        finder.Visit(read.Body);
        return finder.Found;
    }

    /// <summary>The columns this field declares; null when it declares none (it needs the whole row).</summary>
    public static IReadOnlyList<string>? Declared(FieldType field) => field.Metadata.TryGetValue(MetadataKey, out var columns) ? (string[]?)columns : null;

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
        (RowProjection<T>?)ByOperation.GetValue(context.Operation, _ => new()).GetOrAdd(statistics, type => Build<T>(context, type, key));

    private static RowProjection<T>? Build<T>(IResolveFieldContext context, IComplexGraphType statistics, string key)
        where T : MemberRollup
    {
        var walk = new Walk(context.Schema, context.Document, statistics);
        var operationType = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        if (operationType is not null)
        {
            walk.Visit(context.Operation.SelectionSet, operationType);
        }

        return walk.WholeRow ? null : RowProjection.Of<T>([key, .. walk.Columns]);
    }

    /// <summary>Walks the operation's selections with their parent types, through fragments, collecting the columns of every selection of one type.</summary>
    private sealed class Walk(ISchema schema, GraphQLDocument document, IComplexGraphType statistics)
    {
        private readonly HashSet<string> _fragments = new(StringComparer.Ordinal);

        public SortedSet<string> Columns { get; } = new(StringComparer.Ordinal);

        public bool WholeRow { get; private set; }

        public void Visit(GraphQLSelectionSet? selections, IGraphType parent)
        {
            if (selections is null || WholeRow)
            {
                return;
            }

            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(field, parent);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, inline.TypeCondition is { } condition ? TypeNamed(condition.Type.Name.StringValue) ?? parent : parent);
                        break;
                    // Each fragment once: a fragment spread in several places adds the same columns.
                    case GraphQLFragmentSpread spread when _fragments.Add(spread.FragmentName.Name.StringValue):
                        if (document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } fragment)
                        {
                            Visit(fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name.StringValue) ?? parent);
                        }

                        break;
                }
            }
        }

        private void VisitField(GraphQLField field, IGraphType parent)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            // A field selected on an interface or union the statistics type belongs to is resolved on it too.
            var readsRow = ReferenceEquals(parent, statistics) || (parent is IAbstractGraphType abstractType && abstractType.PossibleTypes.Any(possible => ReferenceEquals(possible, statistics)));
            if (readsRow && statistics.GetField(name) is { } statisticsField)
            {
                if (Declared(statisticsField) is { } columns)
                {
                    Columns.UnionWith(columns);
                }
                else
                {
                    WholeRow = true;
                    return;
                }
            }

            if (field.SelectionSet is not null && (parent as IComplexGraphType)?.GetField(name) is { } definition)
            {
                Visit(field.SelectionSet, definition.ResolvedType!.GetNamedType());
            }
        }

        private IGraphType? TypeNamed(string name) => schema.AllTypes[name];
    }

    private sealed class MemberFinder(ParameterExpression row) : ExpressionVisitor
    {
        public List<string> Found { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == row)
            {
                // ProtectedTotal is computed: the release's member count when one is overlaid, else the row's Members.
                Found.Add(node.Member.Name == nameof(MemberRollup.ProtectedTotal) ? nameof(MemberRollup.Members) : node.Member.Name);
                return node;
            }

            return base.VisitMember(node);
        }
    }
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// Which stored columns of a row type the fields of an operation read, so that rows are read with those columns
/// only. A field declares the columns it reads (<see cref="Reads{TSource, TReturn}"/>); a field selected on the type
/// that declares none makes the operation read the whole row, so an undeclared field is never read from a half-empty
/// row. A type may name columns every row of it needs whatever is selected (<see cref="ReadsAlways"/>: what the access
/// rules read). The columns are the union over every selection of the type in the operation, not per field, so that
/// each level's rows are still read in one statement. Worked out once per parsed operation and type (documents are
/// cached).
/// </summary>
public static class RowColumns
{
    private const string MetadataKey = "party.row.columns";
    private const string AlwaysKey = "party.row.always";

    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, ConcurrentDictionary<IComplexGraphType, IReadOnlySet<string>?>> ByOperation = new();

    /// <summary>Declares that <paramref name="field"/> reads these stored columns of its source row (none: it reads nothing of it).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] columns)
    {
        field.FieldType.Metadata[MetadataKey] = columns;
        return field;
    }

    /// <summary>Declares columns every row of <paramref name="type"/> is read with, whatever the operation selects.</summary>
    public static void ReadsAlways(this IComplexGraphType type, params string[] columns) => type.Metadata[AlwaysKey] = columns;

    /// <summary>The columns this field declares; null when it declares none (it needs the whole row).</summary>
    public static IReadOnlyList<string>? Declared(FieldType field) => field.Metadata.TryGetValue(MetadataKey, out var columns) ? (string[]?)columns : null;

    /// <summary>The stored properties of the lambda's parameter that its body reads.</summary>
    public static IEnumerable<string> Of(LambdaExpression read) => ReadMembers.Of(read);

    /// <summary>
    /// The columns of <paramref name="type"/>'s rows that the operation of <paramref name="context"/> reads: those its
    /// type always needs and those every selection of it anywhere in the operation declares; null when a selected
    /// field declares none.
    /// </summary>
    public static IReadOnlySet<string>? Selected(IResolveFieldContext context, IComplexGraphType type) =>
        ByOperation.GetValue(context.Operation, _ => new()).GetOrAdd(type, t => Walk(context, t));

    /// <summary>
    /// The projection of <typeparamref name="T"/> rows for the operation: <see cref="Selected"/> with the columns the
    /// loader itself reads (keys, the order) added; null when the whole row is needed or a column is not a stored value.
    /// </summary>
    public static RowProjection<T>? Projection<T>(IResolveFieldContext context, IComplexGraphType type, IEnumerable<string> loaderColumns)
        where T : class =>
        Selected(context, type) is { } selected ? RowProjection.TryOf<T>([.. selected, .. loaderColumns]) : null;

    /// <summary>The node type of a connection field's result (its <c>nodes</c>), if it is an object type.</summary>
    public static IComplexGraphType? NodeTypeOf(FieldType connection) =>
        (connection.ResolvedType?.GetNamedType() as IComplexGraphType)?.GetField("nodes")?.ResolvedType?.GetNamedType() as IComplexGraphType;

    private static IReadOnlySet<string>? Walk(IResolveFieldContext context, IComplexGraphType type)
    {
        var walk = new Walker(context.Schema, context.Document, type);
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

        if (walk.WholeRow)
        {
            return null;
        }

        if (type.Metadata.TryGetValue(AlwaysKey, out var always) && always is string[] columns)
        {
            walk.Columns.UnionWith(columns);
        }

        return walk.Columns;
    }

    /// <summary>Walks the operation's selections with their parent types, through fragments, collecting the columns of every selection of one type.</summary>
    private sealed class Walker(ISchema schema, GraphQLDocument document, IComplexGraphType type)
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

            // A field selected on an interface or union the type belongs to is resolved on it too.
            var readsRow = ReferenceEquals(parent, type) || (parent is IAbstractGraphType abstractType && abstractType.PossibleTypes.Any(possible => ReferenceEquals(possible, type)));
            if (readsRow && type.GetField(name) is { } typeField)
            {
                if (Declared(typeField) is { } columns)
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
}

using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Security;

namespace PartyOrg.Api.Limits;

/// <summary>What an operation is estimated to cost, reported on request (<c>GraphQL-Cost: report</c>).</summary>
public sealed record OperationCost(double FieldCost, double TypeCost)
{
    public const string UserContextKey = "party.cost";
}

/// <summary>
/// Cost analysis in the spirit of Hot Chocolate's, checked during validation so nothing runs when it fails.
/// Field cost estimates resolver work: a connection or root field costs 10, any other field returning
/// objects 1, a scalar 0, each times the number of parents it resolves under. Type cost estimates the
/// objects returned. A connection's page is its <c>first</c> or <c>last</c> (else the default page size),
/// <c>nodes(ids:)</c> counts its IDs, and other lists assume <see cref="RequestLimits.AssumedListSize"/>.
/// Page sizes and ID counts over their maximum are refused here too, before anything is read.
/// </summary>
public sealed class OperationCostRule(RequestLimits limits, PagingOptions paging) : ValidationRuleBase
{
    private const double DatabaseFieldCost = 10;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var root = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        if (root is null)
        {
            return default;
        }

        var walk = new Walk(context, limits, paging);
        walk.Visit(context.Operation.SelectionSet, root, 1, null, isRoot: true);
        var cost = new OperationCost(walk.FieldCost, walk.TypeCost);
        if (context.UserContext is { } userContext)
        {
            userContext[OperationCost.UserContextKey] = cost;
        }

        if (cost.FieldCost > limits.MaxFieldCost)
        {
            context.ReportError(LimitErrors.Invalid(context.Document.Source, null, LimitErrors.CostCode, "The maximum allowed field cost was exceeded.",
                ("fieldCost", cost.FieldCost), ("maxFieldCost", limits.MaxFieldCost)));
        }
        else if (cost.TypeCost > limits.MaxTypeCost)
        {
            context.ReportError(LimitErrors.Invalid(context.Document.Source, null, LimitErrors.CostCode, "The maximum allowed type cost was exceeded.",
                ("typeCost", cost.TypeCost), ("maxTypeCost", limits.MaxTypeCost)));
        }

        return default;
    }

    private sealed class Walk(ValidationContext context, RequestLimits limits, PagingOptions paging)
    {
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        public double FieldCost { get; private set; }

        public double TypeCost { get; private set; }

        public void Visit(GraphQLSelectionSet? set, IGraphType parent, double parents, int? page, bool isRoot = false)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Field(field, parent, parents, page, isRoot);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, parents, page, isRoot);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        if (Fragment(name) is { } fragment && _open.Add(name))
                        {
                            Visit(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent, parents, page, isRoot);
                            _open.Remove(name);
                        }

                        break;
                }
            }
        }

        private void Field(GraphQLField node, IGraphType parent, double parents, int? page, bool isRoot)
        {
            var name = node.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex || complex.GetField(name) is not { } field)
            {
                return;
            }

            var (named, isList) = Unwrap(field.ResolvedType!);
            if (named is ScalarGraphType or EnumerationGraphType)
            {
                return;
            }

            var arguments = context.ArgumentValues is { } all && all.TryGetValue(node, out var values) ? values : null;
            var isConnection = named is IComplexGraphType connection && connection.Name.EndsWith("Connection", StringComparison.Ordinal) && connection.GetField("pageInfo") is not null;
            var size = 1d;
            if (isList)
            {
                size = page is { } pageSize && name is "edges" or "nodes" && parent.Name.EndsWith("Connection", StringComparison.Ordinal) ? pageSize
                    : isRoot && name == "nodes" ? CheckedIds(node, arguments)
                    : limits.AssumedListSize;
            }

            var childPage = isConnection ? PageSize(node, $"{parent.Name}.{name}", arguments) : (int?)null;
            FieldCost += parents * (isConnection || isRoot ? DatabaseFieldCost : 1);
            TypeCost += parents * size;
            Visit(node.SelectionSet, named, parents * size, childPage);
        }

        private int PageSize(GraphQLField node, string coordinate, IDictionary<string, ArgumentValue>? arguments)
        {
            var requested = Int(arguments, "first") ?? Int(arguments, "last");
            if (requested > paging.MaxPageSize)
            {
                context.ReportError(LimitErrors.Invalid(context.Document.Source, node, QueryErrorCodes.MaxPaginationItems, "The maximum allowed items per page were exceeded.",
                    ("requestedItems", requested), ("maxAllowedItems", paging.MaxPageSize), ("field", coordinate)));
            }

            return requested is { } size && size >= 0 ? Math.Min(size, paging.MaxPageSize) : paging.DefaultPageSize;
        }

        private int CheckedIds(GraphQLField node, IDictionary<string, ArgumentValue>? arguments)
        {
            var count = arguments is not null && arguments.TryGetValue("ids", out var ids) && ids.Value is System.Collections.ICollection list ? list.Count : 0;
            if (count > paging.MaxNodeIds)
            {
                context.ReportError(LimitErrors.Invalid(context.Document.Source, node, QueryErrorCodes.TooManyNodes,
                    $"The maximum number of nodes that can be fetched at once is {paging.MaxNodeIds}. This selection tried to fetch {count} nodes that exceeded the maximum allowed amount.",
                    ("requestedNodes", count), ("maxAllowedNodes", paging.MaxNodeIds)));
            }

            return count;
        }

        private static int? Int(IDictionary<string, ArgumentValue>? arguments, string name) =>
            arguments is not null && arguments.TryGetValue(name, out var value) && value.Value is int number ? number : null;

        private GraphQLFragmentDefinition? Fragment(string name) =>
            context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue];

        private static (IGraphType Named, bool IsList) Unwrap(IGraphType type)
        {
            var isList = false;
            while (type is NonNullGraphType or ListGraphType)
            {
                isList |= type is ListGraphType;
                type = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : ((ListGraphType)type).ResolvedType!;
            }

            return (type, isList);
        }
    }
}

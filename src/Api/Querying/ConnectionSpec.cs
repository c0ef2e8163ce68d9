using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Security;

namespace PartyOrg.Api.Querying;

/// <summary>
/// What a level declares once for its rows: which fields filter and sort, the default order, the graph type
/// of its nodes and those of its arguments. Connection fields over those rows are built from it.
/// </summary>
public sealed class ConnectionSpec<TNodeType, T, TFilterType, TSortType>(FilterDefinition<T> filter, SortDefinition<T> sort, IReadOnlyList<SortStep> defaultOrder)
    : IConnectionSpec<TNodeType, T>
    where TNodeType : IGraphType, new()
    where TFilterType : InputObjectGraphType
    where TSortType : InputObjectGraphType
{
    public FilterDefinition<T> Filter { get; } = filter;

    public SortDefinition<T> Sort { get; } = sort;

    public void AddArguments<TSource, TReturn>(FieldBuilder<TSource, TReturn> field) =>
        field.Argument<TFilterType>("where", "Only the rows matching these conditions.")
            .Argument<ListGraphType<NonNullGraphType<TSortType>>>("order", "The order of the rows; the key always ends it, so pages are stable.")
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.");

    public ConnectionQuery<T> Parse(IResolveFieldContext context, PagingOptions options, System.Linq.Expressions.Expression<Func<T, bool>>? extra = null)
    {
        var conditions = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = context.GetArgument<object?>("order");
        var role = Caller.From(context).Role;
        var where = FilterCompiler.Compile(Filter, conditions, role);
        var steps = SortCompiler.Compile(Sort, order, defaultOrder, role);
        var page = PageRequest.From(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"), options);
        return new ConnectionQuery<T>(Predicates.And(where, extra), steps, page);
    }
}

/// <summary>A connection's rows of <typeparamref name="T"/>, shown as <typeparamref name="TNodeType"/>.</summary>
public interface IConnectionSpec<TNodeType, T>
    where TNodeType : IGraphType, new()
{
    void AddArguments<TSource, TReturn>(FieldBuilder<TSource, TReturn> field);

    ConnectionQuery<T> Parse(IResolveFieldContext context, PagingOptions options, System.Linq.Expressions.Expression<Func<T, bool>>? extra = null);
}

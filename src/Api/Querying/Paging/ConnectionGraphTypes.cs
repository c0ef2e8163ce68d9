using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Querying.Paging;

/// <summary>Relay's <c>PageInfo</c>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        this.Requires(Role.Anonymous);
        Field(p => p.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field(p => p.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field(p => p.StartCursor, nullable: true).Description("When paginating backwards, the cursor to continue.");
        Field(p => p.EndCursor, nullable: true).Description("When paginating forwards, the cursor to continue.");
    }
}

/// <summary><c>XConnection</c> in Hot Chocolate's shape.</summary>
public sealed class ConnectionGraphType<TNodeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType, new()
{
    public ConnectionGraphType()
    {
        var node = new TNodeType().Name;
        Name = $"{node}Connection";
        Description = "A connection to a list of items.";
        this.Requires(Role.Anonymous);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, T>>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Edges.Select(e => e.Node)).InScope();
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection, after filtering; computed only when selected.")
            .Resolve(c => c.Source.LoadTotalCount());
    }
}

public sealed class EdgeGraphType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType, new()
{
    public EdgeGraphType()
    {
        Name = $"{new TNodeType().Name}Edge";
        Description = "An edge in a connection.";
        this.Requires(Role.Anonymous);
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node).InScope();
    }
}

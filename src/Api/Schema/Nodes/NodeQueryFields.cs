using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Nodes;

/// <summary>Relay's <c>node</c> and <c>nodes</c>.</summary>
public sealed class NodeQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .Resolve(c => Load(c, c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description("Lookup nodes by a list of IDs; an ID of nothing gives null in its place.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                var max = c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value.MaxNodeIds;
                if (ids.Count > max)
                {
                    throw new QueryError(QueryErrorCodes.TooManyNodes,
                        $"The maximum number of nodes that can be fetched at once is {max}. This selection tried to fetch {ids.Count} nodes that exceeded the maximum allowed amount.",
                        new Dictionary<string, object?>(StringComparer.Ordinal) { ["requestedNodes"] = ids.Count, ["maxAllowedNodes"] = max });
                }

                return new All([.. ids.Select(id => Load(c, id))]);
            });
    }

    private static IDataLoaderResult Load(IResolveFieldContext context, string id)
    {
        var (type, key) = NodeId.Decode(id);
        if (type is NodeTypes.Branch or NodeTypes.Member || NodeTypes.PublicService.Contains(type, StringComparer.Ordinal))
        {
            // A branch, member or public-service ID whose key is not a number is malformed, not merely unknown.
            NodeId.DecodeLong(id, type);
        }

        return NodeLoader.Load(context, type, key) ?? NodeLoader.Nothing;
    }

    /// <summary>Awaits several pending loads; they were queued together, so each loader runs once.</summary>
    private sealed class All(IReadOnlyList<IDataLoaderResult> results) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new object?[results.Count];
            for (var i = 0; i < results.Count; i++)
            {
                values[i] = await results[i].GetResultAsync(cancellationToken);
            }

            return values;
        }
    }
}

using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Nodes;

/// <summary>Relay's <c>node</c> and <c>nodes</c>: refetch anything by its global ID.</summary>
public sealed class NodeQueryFields : IQueryFields
{
    private static readonly HashSet<string> DivisionTypes = ["Region", "League", "Banner", "Township", "Village"];

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
        if (DivisionTypes.Contains(type))
        {
            return new Deferred(async ct =>
            {
                var division = (await DivisionFields.Directory(context).GetAsync(ct)).Find(key);
                return division?.GetType().Name == type ? division : null;
            });
        }

        return type switch
        {
            "Branch" => RowLoaders.One<Branch, long>(context, b => b.Id, NodeId.DecodeLong(id, type)),
            "Member" => RowLoaders.One<Member, long>(context, m => m.Id, NodeId.DecodeLong(id, type)),
            _ => new Deferred(_ => Task.FromResult<object?>(null)),
        };
    }

    private sealed class Deferred(Func<CancellationToken, Task<object?>> load) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => load(cancellationToken);
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

using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Nodes;

/// <summary>Loads a node by its type and key, the way <c>node(id:)</c> and a change's <c>subject</c> resolve it.</summary>
public static class NodeLoader
{
    /// <summary>A result that is null: the ID names nothing.</summary>
    public static IDataLoaderResult Nothing { get; } = new Deferred(_ => Task.FromResult<object?>(null));

    /// <summary>The node as it is now; null when the type is not a node type or the key is not one of its keys.</summary>
    public static IDataLoaderResult? Load(IResolveFieldContext context, string type, string key)
    {
        if (DivisionLevels.Named(type) is { } level)
        {
            return new Deferred(async ct =>
            {
                var division = (await DivisionFields.Directory(context).GetAsync(ct)).Find(key);
                return division is not null && DivisionLevels.Of(division) == level ? division : null;
            });
        }

        if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return type switch
        {
            NodeTypes.Branch => RowLoaders.One<Branch, long>(context, b => b.Id, id),
            NodeTypes.Member => RowLoaders.One<Member, long>(context, m => m.Id, id),
            NodeTypes.Suggestion => RowLoaders.One<Suggestion, long>(context, s => s.Id, id),
            NodeTypes.PracticalMatterList => RowLoaders.One<PracticalMatterList, long>(context, l => l.Id, id),
            NodeTypes.PracticalMatter => RowLoaders.One<PracticalMatter, long>(context, m => m.Id, id),
            NodeTypes.ServiceProject => RowLoaders.One<ServiceProject, long>(context, p => p.Id, id),
            _ => null,
        };
    }

    private sealed class Deferred(Func<CancellationToken, Task<object?>> load) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => load(cancellationToken);
    }
}

using GraphQL;
using GraphQL.DataLoader;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Changes;

/// <summary>The node an event is about, resolved the way <c>node(id:)</c> resolves it; its subject is recorded as <c>Type:key</c>.</summary>
public static class FeedSubjects
{
    private static readonly HashSet<string> DivisionTypes = ["Region", "League", "Banner", "Township", "Village"];

    /// <summary>The subject's global ID.</summary>
    public static string Id(string subject)
    {
        var (type, key) = Split(subject);
        return NodeId.Encode(type, key);
    }

    /// <summary>The subject as it is now; null when it no longer exists (e.g. a member who left).</summary>
    public static IDataLoaderResult? Load(IResolveFieldContext context, string subject)
    {
        var (type, key) = Split(subject);
        if (DivisionTypes.Contains(type))
        {
            return new Deferred(async ct =>
            {
                var division = (await DivisionFields.Directory(context).GetAsync(ct)).Find(key);
                return division?.GetType().Name == type ? division : null;
            });
        }

        if (!long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return type switch
        {
            "Branch" => RowLoaders.One<Branch, long>(context, b => b.Id, id),
            "Member" => RowLoaders.One<Member, long>(context, m => m.Id, id),
            _ => null,
        };
    }

    private static (string Type, string Key) Split(string subject)
    {
        var colon = subject.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (subject, string.Empty) : (subject[..colon], subject[(colon + 1)..]);
    }

    private sealed class Deferred(Func<CancellationToken, Task<object?>> load) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => load(cancellationToken);
    }
}

using GraphQL;
using GraphQL.DataLoader;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Nodes;

namespace PartyOrg.Api.Schema.Changes;

/// <summary>The node an event is about, resolved the way <c>node(id:)</c> resolves it; its subject is recorded as <c>Type:key</c>.</summary>
public static class FeedSubjects
{
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
        return NodeLoader.Load(context, type, key);
    }

    private static (string Type, string Key) Split(string subject)
    {
        var colon = subject.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (subject, string.Empty) : (subject[..colon], subject[(colon + 1)..]);
    }
}

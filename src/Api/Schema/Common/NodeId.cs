using System.Text;
using PartyOrg.Api.Querying;

namespace PartyOrg.Api.Schema.Common;

/// <summary>Global IDs as Hot Chocolate makes them: base64 of <c>Type:key</c>.</summary>
public static class NodeId
{
    public static string Encode(string type, object key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    /// <summary>The type name and key of an ID, or a coded error when it is not one of ours.</summary>
    public static (string Type, string Key) Decode(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < text.Length - 1)
            {
                return (text[..colon], text[(colon + 1)..]);
            }
        }
        catch (FormatException)
        {
        }

        throw Invalid(id);
    }

    /// <summary>The numeric key of an ID that must name <paramref name="type"/>.</summary>
    public static long DecodeLong(string id, string type)
    {
        var (actual, key) = Decode(id);
        return actual == type && long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(id, $"The ID '{Shorten(id)}' is not the ID of a {type}.");
    }

    private static QueryError Invalid(string id, string? message = null) =>
        new(QueryErrorCodes.InvalidNodeId, message ?? $"The ID '{Shorten(id)}' has an invalid format.", new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = Shorten(id) });

    private static string Shorten(string id) => id.Length > 100 ? id[..100] : id;
}

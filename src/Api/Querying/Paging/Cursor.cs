using System.Text;
using System.Text.Json;
using PartyOrg.Api.Querying.Sorting;

namespace PartyOrg.Api.Querying.Paging;

/// <summary>
/// An opaque cursor: base64 of the row's sort values together with the names of the fields sorted
/// by, so a cursor from one order cannot be replayed under another.
/// </summary>
public static class Cursor
{
    public static string Encode(IReadOnlyList<SortStep> steps, IReadOnlyList<object?> values)
    {
        var payload = new CursorPayload([.. steps.Select(s => s.Field.Name)], [.. values.Select(v => JsonSerializer.SerializeToElement(v))]);
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    public static object?[] Decode(string cursor, IReadOnlyList<SortStep> steps)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<CursorPayload>(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
            if (payload?.Fields is null || payload.Values is null || !payload.Fields.SequenceEqual(steps.Select(s => s.Field.Name), StringComparer.Ordinal) ||
                payload.Values.Length != steps.Count)
            {
                throw Invalid(cursor);
            }

            // The type the selector's body reads, not its declared return type: the key of a division
            // is selected as Func<T, object>, and a value read back as object would stay a JsonElement.
            return [.. steps.Select((s, i) => payload.Values[i].Deserialize(s.Field.Selector.Body.Type))];
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            throw Invalid(cursor);
        }
    }

    private static QueryError Invalid(string cursor) =>
        new(QueryErrorCodes.InvalidCursor, "The cursor format is invalid, or it was made for another order.",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["cursor"] = cursor.Length > 100 ? cursor[..100] : cursor });

    private sealed record CursorPayload(string[] Fields, JsonElement[] Values);
}

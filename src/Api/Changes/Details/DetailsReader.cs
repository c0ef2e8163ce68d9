using System.Globalization;
using System.Text.Json;

namespace PartyOrg.Api.Changes.Details;

/// <summary>
/// Tolerant reads of an event's details JSON: a missing property, a value of another type or a
/// document that does not parse gives null rather than an error, so an old or newer event still
/// shows what it has. Names match case-insensitively; the first of several names present wins.
/// </summary>
public sealed class DetailsReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.OrdinalIgnoreCase);

    public DetailsReader(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    _properties.TryAdd(property.Name, property.Value.Clone());
                }
            }
        }
        catch (JsonException)
        {
        }
    }

    public long? Long(params string[] names) =>
        Find(names, JsonValueKind.Number, JsonValueKind.String) is { } value
            ? value.ValueKind == JsonValueKind.Number
                ? value.TryGetInt64(out var number) ? number : null
                : long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
            : null;

    public int? Int(params string[] names) =>
        Long(names) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    /// <summary>A number, or the length of an array (e.g. a list of committee members).</summary>
    public int? Count(params string[] names) =>
        Find(names, JsonValueKind.Array) is { } array ? array.GetArrayLength() : Int(names);

    public string? String(params string[] names) => Find(names, JsonValueKind.String)?.GetString();

    /// <summary>The strings of a list (other items are skipped), or null when there is no list.</summary>
    public IReadOnlyList<string>? Strings(params string[] names) =>
        Find(names, JsonValueKind.Array) is { } array
            ? [.. array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : null;

    public bool? Bool(params string[] names) =>
        Find(names, JsonValueKind.True, JsonValueKind.False)?.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    public DateOnly? Date(params string[] names) =>
        DateOnly.TryParseExact(String(names), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>An enum written as its number (the default of the change log's serializer) or its name, in any case, with or without underscores.</summary>
    public T? Enum<T>(params string[] names)
        where T : struct, Enum
    {
        if (Find(names, JsonValueKind.Number) is { } number)
        {
            return number.TryGetInt32(out var value) && System.Enum.IsDefined(typeof(T), value) ? (T)System.Enum.ToObject(typeof(T), value) : null;
        }

        var text = String(names)?.Replace("_", string.Empty, StringComparison.Ordinal);
        return text is not null && !char.IsAsciiDigit(text.FirstOrDefault()) && System.Enum.TryParse<T>(text, ignoreCase: true, out var named) &&
            System.Enum.IsDefined(named) ? named : null;
    }

    private JsonElement? Find(string[] names, params JsonValueKind[] kinds)
    {
        foreach (var name in names)
        {
            if (_properties.TryGetValue(name, out var value) && kinds.Contains(value.ValueKind))
            {
                return value;
            }
        }

        return null;
    }
}

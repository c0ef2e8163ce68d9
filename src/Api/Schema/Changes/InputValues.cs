using PartyOrg.Api.Schema.Common;

namespace PartyOrg.Api.Schema.Changes;

/// <summary>Reads typed values out of a parsed mutation input.</summary>
public static class InputValues
{
    public static T Get<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)Convert(value, typeof(T)) : default!;

    public static T? Optional<T>(this IDictionary<string, object?> input, string name)
        where T : struct =>
        input.TryGetValue(name, out var value) && value is not null ? (T)Convert(value, typeof(T)) : null;

    /// <summary>The numeric key of a global ID that must name a <paramref name="type"/>.</summary>
    public static long Id(this IDictionary<string, object?> input, string name, string type) =>
        NodeId.DecodeLong(input.Get<string>(name), type);

    private static object Convert(object value, Type type) =>
        type.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
}

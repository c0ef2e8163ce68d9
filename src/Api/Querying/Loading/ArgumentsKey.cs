using System.Collections;
using GraphQL;
using GraphQL.Execution;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// A field's argument values compared by value: input objects entry by entry in the order given, lists element by
/// element, scalars and enums by equality. Fields asked with equal arguments build the same statement, so they may
/// share a batch.
/// </summary>
public sealed class ArgumentsKey : IEquatable<ArgumentsKey>
{
    private readonly KeyValuePair<string, object?>[] _values;

    private ArgumentsKey(KeyValuePair<string, object?>[] values) => _values = values;

    public static ArgumentsKey Of(IResolveFieldContext context) =>
        new([.. (context.Arguments ?? Enumerable.Empty<KeyValuePair<string, ArgumentValue>>())
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => KeyValuePair.Create(a.Key, a.Value.Value))]);

    public bool Equals(ArgumentsKey? other) => other is not null && Same(_values, other._values);

    public override bool Equals(object? obj) => Equals(obj as ArgumentsKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (name, value) in _values)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(Hash(value));
        }

        return hash.ToHashCode();
    }

    private static bool Same(IEnumerable<KeyValuePair<string, object?>> left, IEnumerable<KeyValuePair<string, object?>> right) =>
        left.SequenceEqual(right, EntryComparer.Instance);

    private static bool Same(object? left, object? right) => (left, right) switch
    {
        (IDictionary<string, object?> x, IDictionary<string, object?> y) => x.Count == y.Count && Same(x, y),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (IEnumerable x, IEnumerable y) and (not string, not string) => x.Cast<object?>().SequenceEqual(y.Cast<object?>(), ValueComparer.Instance),
        _ => Equals(left, right),
    };

    /// <summary>Shallow for collections (their size): equal values hash alike, and a few collisions only cost a comparison.</summary>
    private static int Hash(object? value) => value switch
    {
        null => 0,
        string text => StringComparer.Ordinal.GetHashCode(text),
        ICollection collection => collection.Count,
        IEnumerable => 1,
        _ => value.GetHashCode(),
    };

    private sealed class EntryComparer : IEqualityComparer<KeyValuePair<string, object?>>
    {
        public static readonly EntryComparer Instance = new();

        public bool Equals(KeyValuePair<string, object?> x, KeyValuePair<string, object?> y) =>
            string.Equals(x.Key, y.Key, StringComparison.Ordinal) && Same(x.Value, y.Value);

        public int GetHashCode(KeyValuePair<string, object?> obj) => StringComparer.Ordinal.GetHashCode(obj.Key);
    }

    private sealed class ValueComparer : IEqualityComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public new bool Equals(object? x, object? y) => Same(x, y);

        public int GetHashCode(object? obj) => Hash(obj);
    }
}

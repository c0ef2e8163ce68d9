using System.Collections.Concurrent;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// Operation names are chosen by clients, so as metric tags they are capped: the first
/// <see cref="Limit"/> distinct names are kept, later ones count as "(other)", and long names are cut.
/// Spans keep every name; only the metric series are bounded.
/// </summary>
public sealed class OperationNames
{
    public const int Limit = 200;
    public const int MaxLength = 64;
    public const string Other = "(other)";
    public const string Anonymous = "(anonymous)";

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    public string Tag(string? type, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return Anonymous;
        }

        var key = $"{type} {(name.Length > MaxLength ? name[..MaxLength] : name)}";
        if (_seen.ContainsKey(key))
        {
            return key;
        }

        // Racing threads may let a few names past the limit; the bound stays close to it.
        return _seen.Count < Limit && _seen.TryAdd(key, 0) || _seen.ContainsKey(key) ? key : Other;
    }
}

namespace PartyOrg.Domain.Security;

/// <summary>
/// The part of the tree a caller is confined to: every code that starts with <see cref="Prefix"/> (a division's
/// subtree is a code prefix: "15" the region, "1522" Hinggan League, a banner's, township's or village's whole code).
/// </summary>
public sealed record Subtree(string Prefix)
{
    /// <summary>The whole region.</summary>
    public static Subtree Everything { get; } = new(string.Empty);

    public bool IsEverything => Prefix.Length == 0;

    /// <summary>True when the division, branch or member with this (village) code lies in the subtree.</summary>
    public bool Contains(string? code) => code is not null && code.StartsWith(Prefix, StringComparison.Ordinal);
}

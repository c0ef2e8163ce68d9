namespace PartyOrg.Domain.Divisions;

/// <summary>
/// One level of the hierarchy. A division code is <see cref="CodeLength"/> digits; its first
/// <see cref="PrefixLength"/> digits are significant (the rest are zeros) and start every code in its subtree, so
/// the code of any ancestor is a descendant's code cut to the ancestor's prefix and padded with zeros.
/// </summary>
/// <param name="Entity">The entity type; its name is also the name of the graph type and of global IDs (<c>Village:…</c>).</param>
public sealed record LevelSpec(DivisionLevel Level, Type Entity, int CodeLength, int PrefixLength)
{
    public string TypeName => Entity.Name;

    /// <summary>The code, at this level, of the division that contains the division <paramref name="descendantCode"/>.</summary>
    public string CodeAbove(string descendantCode) =>
        descendantCode.Length == CodeLength && PrefixLength == CodeLength
            ? descendantCode
            : string.Create(CodeLength, (descendantCode, PrefixLength), static (code, source) =>
            {
                source.descendantCode.AsSpan(0, source.PrefixLength).CopyTo(code);
                code[source.PrefixLength..].Fill('0');
            });

    /// <summary>The prefix every code in the subtree of the division <paramref name="code"/> (of this level) starts with.</summary>
    public string SubtreePrefix(string code) => code[..PrefixLength];
}

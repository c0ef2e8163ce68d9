using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Divisions;

/// <summary>
/// The one table of division levels (NBS codes: 6 digits down to banners, 9 for townships, 12 for villages).
/// Everything that needs a code length, a parent prefix or a level's type name reads it here.
/// </summary>
public static class DivisionLevels
{
    public static LevelSpec Region { get; } = new(DivisionLevel.Region, typeof(Region), CodeLength: 6, PrefixLength: 2);

    public static LevelSpec League { get; } = new(DivisionLevel.League, typeof(League), CodeLength: 6, PrefixLength: 4);

    public static LevelSpec Banner { get; } = new(DivisionLevel.Banner, typeof(Banner), CodeLength: 6, PrefixLength: 6);

    public static LevelSpec Township { get; } = new(DivisionLevel.Township, typeof(Township), CodeLength: 9, PrefixLength: 9);

    public static LevelSpec Village { get; } = new(DivisionLevel.Village, typeof(Village), CodeLength: 12, PrefixLength: 12);

    /// <summary>Every level, from the region down, indexed by <see cref="DivisionLevel"/>.</summary>
    public static IReadOnlyList<LevelSpec> All { get; } = [Region, League, Banner, Township, Village];

    /// <summary>The most digits a division code has (a village's).</summary>
    public static int LongestCode { get; } = All.Max(l => l.CodeLength);

    private static readonly Dictionary<Type, LevelSpec> ByEntity = All.ToDictionary(l => l.Entity);

    private static readonly Dictionary<string, LevelSpec> ByTypeName = All.ToDictionary(l => l.TypeName, StringComparer.Ordinal);

    public static LevelSpec Of(DivisionLevel level) => All[(int)level];

    public static LevelSpec Of<T>()
        where T : IDivision => ByEntity[typeof(T)];

    public static LevelSpec Of(IDivision division) =>
        ByEntity.TryGetValue(division.GetType(), out var level)
            ? level
            : throw new ArgumentException($"{division.GetType().Name} has no row in the table of division levels.", nameof(division));

    /// <summary>The level whose entity (and graph type) has this name, or null when the name is not a division's.</summary>
    public static LevelSpec? Named(string typeName) => ByTypeName.GetValueOrDefault(typeName);

    /// <summary>The levels whose codes have this many digits (several levels share six).</summary>
    public static IEnumerable<LevelSpec> WithCodeLength(int length) => All.Where(l => l.CodeLength == length);

    /// <summary>The codes of the village and of every division above it, the village first.</summary>
    public static string[] AncestryOfVillage(string villageCode)
    {
        var codes = new string[All.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = All[^(i + 1)].CodeAbove(villageCode);
        }

        return codes;
    }
}

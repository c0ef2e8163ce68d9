namespace PartyOrg.Domain.Divisions;

/// <summary>Facts about any division that follow from its level.</summary>
public static class DivisionExtensions
{
    public static DivisionLevel Level(this IDivision division) => DivisionLevels.Of(division).Level;

    /// <summary>The prefix every code in the division's subtree starts with.</summary>
    public static string SubtreePrefix(this IDivision division) => DivisionLevels.Of(division).SubtreePrefix(division.Code);
}

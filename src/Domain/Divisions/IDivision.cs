namespace PartyOrg.Domain.Divisions;

/// <summary>What every division entity has: its official code and the code of the division directly above it.</summary>
public interface IDivision
{
    string Code { get; }

    /// <summary>Null for the region.</summary>
    string? ParentCode { get; }
}

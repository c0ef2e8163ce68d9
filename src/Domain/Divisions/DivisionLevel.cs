namespace PartyOrg.Domain.Divisions;

/// <summary>The five levels of administrative division, from the top down.</summary>
public enum DivisionLevel { Region, League, Banner, Township, Village }

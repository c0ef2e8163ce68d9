namespace PartyOrg.Domain.Statistics;

/// <summary>A village code names its whole ancestry: the first 2/4/6/9 digits are its region, league, banner and township.</summary>
public static class Ancestry
{
    /// <summary>The codes of the village and every division above it, village first.</summary>
    public static string[] OfVillage(string villageCode) =>
    [
        villageCode,
        villageCode[..9],
        villageCode[..6],
        villageCode[..4] + "00",
        villageCode[..2] + "0000",
    ];
}

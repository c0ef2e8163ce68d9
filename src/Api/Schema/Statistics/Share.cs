namespace PartyOrg.Api.Schema.Statistics;

/// <summary>Shares as the API reports them: a percentage of the whole with one decimal; 0 when the whole is 0.</summary>
public static class Share
{
    public static double Of(long part, long whole) =>
        whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);
}

namespace PartyOrg.Benchmarks.Http;

/// <summary>One load run: a name, where it goes and the JSON body POSTed to it.</summary>
public sealed record HttpCase(string Name, Uri Endpoint, string Query, string? Floor = null);

/// <summary>The documents of the issue "Queries at the floor's cost", sent anonymously.</summary>
public static class HttpQueries
{
    public const string Typename = "{ __typename }";

    public const string Region = "{ region { code name } }";

    public const string RegionLeagues = "{ region { code name leagues(first: 12) { nodes { code name } } } }";

    public const string Dashboard = "{ region { code name leagues(first: 12) { nodes { code name stats { memberCount strongestBranchShare } } } } }";

    /// <summary>How many leagues the dashboard and the league list read.</summary>
    public const int Leagues = 12;
}

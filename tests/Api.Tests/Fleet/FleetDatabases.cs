namespace PartyOrg.Api.Tests.Fleet;

/// <summary>Which database a fleet runs on.</summary>
public static class FleetDatabases
{
    public static Task<FleetDatabase> CreateAsync() => Task.FromResult<FleetDatabase>(new SqliteFleetDatabase());
}

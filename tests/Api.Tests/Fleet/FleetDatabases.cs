namespace PartyOrg.Api.Tests.Fleet;

/// <summary>
/// Which database a fleet runs on: PostgreSQL, the server database several instances are meant for. Where no
/// PostgreSQL answers (a developer machine without it), the fleet runs on one shared SQLite file instead; where
/// <c>PARTY_REQUIRE_POSTGRES=1</c> (.ci/run sets it) that is a failure, never a fallback.
/// </summary>
public static class FleetDatabases
{
    public static async Task<FleetDatabase> CreateAsync()
    {
        if (PostgresServer.Unavailable is { } why)
        {
            Assert.False(PostgresServer.Required, why);
            return new SqliteFleetDatabase();
        }

        return await PostgresFleetDatabase.CreateAsync();
    }
}

/// <summary>A test that needs PostgreSQL itself (restarting the server): skipped, with the reason, where none answers.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } why && !PostgresServer.Required)
        {
            Skip = why;
        }
    }
}

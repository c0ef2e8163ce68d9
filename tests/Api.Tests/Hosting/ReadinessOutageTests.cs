using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Hosting;

/// <summary>The database disappears and comes back under a running instance; readiness follows without a restart.</summary>
public sealed class ReadinessOutageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Readiness_is_503_while_the_database_is_gone_and_200_after_it_returns()
    {
        var admin = api.CreateClient(api.Key(Role.Admin));
        var anonymous = api.CreateClient(key: null);
        using (var before = await admin.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var away = api.DataDirectory + "-away";
        SqliteConnection.ClearAllPools();
        Directory.Move(api.DataDirectory, away);
        try
        {
            using var down = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("Unhealthy", await down.Content.ReadAsStringAsync());
            using var live = await anonymous.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);

            // The admin key was checked before the outage and is still cached, so the detail names the cause.
            using var detailResponse = await admin.GetAsync("/health/ready");
            using var detail = JsonDocument.Parse(await detailResponse.Content.ReadAsStringAsync());
            var database = detail.RootElement.GetProperty("checks").GetProperty("database");
            Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
            Assert.Equal("The database cannot be reached (SqliteException).", database.GetProperty("description").GetString());
            Assert.False(database.GetProperty("data").GetProperty("reachable").GetBoolean());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Move(away, api.DataDirectory);
        }

        using var up = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal("Healthy", await up.Content.ReadAsStringAsync());
    }
}

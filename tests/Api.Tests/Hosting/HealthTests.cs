using System.Net;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Hosting;

public sealed class HealthTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Anonymous_callers_get_the_status_word_and_nothing_else(string path)
    {
        using var response = await api.CreateClient(key: null).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Role.Dashboard)]
    [InlineData(Role.Partner)]
    [InlineData(Role.Organizer)]
    public async Task Keys_below_admin_get_no_detail(Role role)
    {
        using var response = await api.CreateClient(api.Key(role)).GetAsync("/health/ready");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_admin_sees_each_readiness_check()
    {
        using var response = await api.CreateClient(api.Key(Role.Admin)).GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(["accepting", "database", "redis"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        var database = checks.GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.True(database.GetProperty("data").GetProperty("seeded").GetBoolean());
        Assert.True(database.GetProperty("data").GetProperty("schemaCurrent").GetBoolean());
        Assert.Equal("Redis is not configured; instances find commits by polling.", checks.GetProperty("redis").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Liveness_runs_no_check()
    {
        using var response = await api.CreateClient(api.Key(Role.Admin)).GetAsync("/health/live");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Empty(body.RootElement.GetProperty("checks").EnumerateObject());
    }
}

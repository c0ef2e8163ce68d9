using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Privacy;

/// <summary>What each role reads: exact for organizer and admin, released and noised for the others; the same every time.</summary>
public sealed class PublishedValueTests(PrivacyApi api) : IClassFixture<PrivacyApi>
{
    private static readonly string[] Dimensions = ["gender", "ethnicity", "age", "education", "occupation", "status"];

    private static readonly string Query =
        $"{{ region {{ stats {{ memberCount {PrivacyApi.ProtectedSelection} }} }} " +
        $"branches(first: 20) {{ nodes {{ stats {{ memberCount {PrivacyApi.ProtectedSelection} source {{ exact mechanism release epsilon protectedTotal }} }} }} }} }}";

    [Fact]
    public async Task The_same_query_a_thousand_times_returns_the_same_values()
    {
        var first = (await api.DataAsAsync(Role.Partner, Query)).GetRawText();

        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(first, (await api.DataAsAsync(Role.Partner, Query)).GetRawText());
        }
    }

    [Fact]
    public async Task Organizer_and_admin_read_the_exact_rollups_byte_for_byte()
    {
        var admin = (await api.DataAsAsync(Role.Admin, Query)).GetRawText();
        var organizer = (await api.DataAsAsync(Role.Organizer, Query)).GetRawText();
        await using var db = api.OpenDatabase();
        var region = await db.DivisionRollups.AsNoTracking().SingleAsync(r => r.Code == "150000");

        Assert.Equal(admin, organizer);
        var stats = JsonDocument.Parse(admin).RootElement.GetProperty("region").GetProperty("stats");
        Assert.Equal((region.Women, region.Members - region.Han, region.Retired), (stats.GetProperty("womenCount").GetInt32(), stats.GetProperty("ethnicMinorityCount").GetInt32(), stats.GetProperty("retiredCount").GetInt32()));
        Assert.All(JsonDocument.Parse(admin).RootElement.GetProperty("branches").GetProperty("nodes").EnumerateArray(), b =>
            Assert.Equal("""{"exact":true,"mechanism":"exact","release":null,"epsilon":null,"protectedTotal":""" + b.GetProperty("stats").GetProperty("memberCount").GetInt32() + "}",
                b.GetProperty("stats").GetProperty("source").GetRawText()));
    }

    [Theory]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.Dashboard)]
    [InlineData(Role.Partner)]
    public async Task Third_parties_read_the_release_with_noise_that_fits_each_total(Role role)
    {
        var branchesQuery = $"{{ branches(first: 50) {{ nodes {{ stats {{ memberCount {PrivacyApi.ProtectedSelection} source {{ exact mechanism release epsilon protectedTotal }} }} }} }} }}";
        var key = role == Role.Anonymous ? Role.Dashboard : role;
        var published = (await api.DataAsAsync(key, branchesQuery)).GetProperty("branches").GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("stats")).ToList();
        var exact = (await api.DataAsAsync(Role.Admin, branchesQuery)).GetProperty("branches").GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("stats")).ToList();
        var region = (await api.DataAsAsync(role, "{ region { stats { memberCount source { exact mechanism release } } } }")).GetProperty("region").GetProperty("stats");

        Assert.Equal("""{"exact":false,"mechanism":"geometric","release":1}""", region.GetProperty("source").GetRawText());
        Assert.NotEqual(string.Join(',', exact.Select(s => s.GetRawText())), string.Join(',', published.Select(s => s.GetRawText())));
        Assert.All(published, stats =>
        {
            var total = stats.GetProperty("source").GetProperty("protectedTotal").GetInt32();
            Assert.Equal(1.0, stats.GetProperty("source").GetProperty("epsilon").GetDouble());
            foreach (var dimension in Dimensions)
            {
                var buckets = stats.GetProperty(dimension).EnumerateArray().ToList();
                Assert.Equal(total, buckets.Sum(b => b.GetProperty("count").GetInt32()));
                Assert.All(buckets, b => Assert.True(b.GetProperty("count").GetInt32() >= 0));
            }

            Assert.Equal(stats.GetProperty("status").EnumerateArray().First().GetProperty("count").GetInt32(), stats.GetProperty("fullMemberCount").GetInt32());
        });
    }
}

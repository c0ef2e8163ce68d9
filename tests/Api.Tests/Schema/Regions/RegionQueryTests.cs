using System.Net;
using Newtonsoft.Json.Linq;
using PartyOrg.Api.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PartyOrg.Api.Tests.Schema.Regions;

public sealed class RegionQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Region_returns_its_code_and_names()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { code name nameEn } }"));
        var region = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("region");

        Assert.Equal("150000", region.GetProperty("code").GetString());
        Assert.Equal("内蒙古自治区", region.GetProperty("name").GetString());
        Assert.Equal("Inner Mongolia Autonomous Region", region.GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task Region_response_matches_snapshot()
    {
        var snapshotName = Snapshot.FullName();
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { code name nameEn } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JToken.Parse(await response.Content.ReadAsStringAsync()).MatchSnapshot(snapshotName);
    }

    [Fact]
    public async Task Region_names_are_sent_as_utf8_text_not_escapes()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { name } }"));

        Assert.Contains("内蒙古自治区", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

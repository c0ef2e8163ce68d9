using System.Net;
using System.Text.Json;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>Over SSE, the same limits, scope and pseudonyms as over WebSocket and plain HTTP.</summary>
public sealed class StreamLimitsTests(GuardedStreamingApi api) : IClassFixture<GuardedStreamingApi>
{
    [Fact]
    public async Task A_cost_bomb_asking_for_an_event_stream_is_refused_400_before_any_stream_opens()
    {
        const string bomb = "{ leagues(first: 50) { nodes { banners(first: 50) { nodes { townships(first: 50) { nodes { code } } } } } } }";
        using var client = api.CreateClient(api.Key(Role.Partner));

        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query = bomb }), "text/event-stream"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("text/event-stream", response.MediaType());
        Assert.Equal("HC0047", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_partner_s_stream_carries_only_its_scope_with_pseudonyms()
    {
        var (inside, outside) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var head = await api.HeadAsync();
        const string query = "subscription($after: String) { changes(scope: \"150000\", after: $after) { position village { code } subject { ... on Member { name } } } }";
        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(api.Key(Role.Partner, inside.LeagueCode)), query, new { after = ChangesApi.Text(head) });

        await api.AdmitAsync(outside, "墙外党员");
        await api.AdmitAsync(inside, "墙内党员");
        var change = (await stream.NextEventsAsync(1))[0].Json.GetProperty("data").GetProperty("changes");

        Assert.Equal(ChangesApi.Text(head + 2), change.GetProperty("position").GetString());
        Assert.Equal(inside.VillageCode, change.GetProperty("village").GetProperty("code").GetString());
        Assert.StartsWith("Member-", change.GetProperty("subject").GetProperty("name").GetString(), StringComparison.Ordinal);
    }
}

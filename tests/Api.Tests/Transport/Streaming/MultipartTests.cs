using PartyOrg.Api.Tests.Changes;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>Apollo Client's subscriptions over HTTP (multipart/mixed, subscriptionSpec 1.0).</summary>
public sealed class MultipartTests(StreamingApi api) : IClassFixture<StreamingApi>
{
    [Fact]
    public async Task Changes_arrive_as_payload_parts_with_heartbeats_between()
    {
        var branch = await api.NextBranchAsync();
        var head = await api.HeadAsync();
        await api.AdmitAsync(branch);
        var reading = MultipartClient.ReadAsync(api.CreateClient(), EventStreamTests.Changes, new { scope = branch.VillageCode, after = ChangesApi.Text(head) }, 2, TimeSpan.FromSeconds(20));
        await Task.Delay(800);
        await api.AdmitAsync(branch);

        var parts = await reading;

        Assert.Equal([ChangesApi.Text(head + 1), ChangesApi.Text(head + 2)],
            parts.Payloads.Select(p => p.GetProperty("data").GetProperty("changes").GetProperty("position").GetString()));
        Assert.InRange(parts.Heartbeats, 1, 20);
        Assert.Empty(parts.TransportErrors);
    }

    [Fact]
    public async Task A_query_is_one_payload()
    {
        var parts = await MultipartClient.ReadAsync(api.CreateClient(), "{ region { code } }", null, 2, TimeSpan.FromSeconds(20));

        var payload = Assert.Single(parts.Payloads);
        Assert.Equal("150000", payload.GetProperty("data").GetProperty("region").GetProperty("code").GetString());
    }
}

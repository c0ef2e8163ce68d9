using System.Net;
using System.Text.Json;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>GraphQL over Server-Sent Events (graphql-sse, distinct connections mode), read by a plain event-stream reader.</summary>
public sealed class EventStreamTests(StreamingApi api) : IClassFixture<StreamingApi>
{
    public const string Changes = "subscription($scope: String!, $after: String) { changes(scope: $scope, after: $after) { position kind subjectId } }";

    [Fact]
    public async Task A_query_is_one_next_event_then_complete()
    {
        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(), "{ region { name } }");

        Assert.Equal("text/event-stream", stream.Response.MediaType());
        var next = await stream.NextAsync();
        var complete = await stream.NextAsync();

        Assert.Equal(("next", "内蒙古自治区"), (next!.Type, next.Json.GetProperty("data").GetProperty("region").GetProperty("name").GetString()));
        Assert.Equal(("complete", string.Empty), (complete!.Type, complete.Data));
        Assert.Null(await stream.NextAsync());
    }

    [Fact]
    public async Task Each_change_arrives_as_next_with_its_log_position_as_id()
    {
        var branch = await api.NextBranchAsync();
        var head = await api.HeadAsync();
        await api.AdmitAsync(branch);
        await api.AdmitAsync(branch);
        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(), Changes, new { scope = branch.VillageCode, after = ChangesApi.Text(head) });

        var events = await stream.NextEventsAsync(2);

        Assert.Equal([ChangesApi.Text(head + 1), ChangesApi.Text(head + 2)], events.Select(e => e.LastEventId));
        Assert.Equal(events.Select(e => e.LastEventId), events.Select(e => e.Json.GetProperty("data").GetProperty("changes").GetProperty("position").GetString()));
    }

    [Fact]
    public async Task A_quiet_stream_gets_comment_keep_alives()
    {
        var branch = await api.NextBranchAsync();
        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(), Changes, new { scope = branch.VillageCode });
        var reading = stream.NextAsync(TimeSpan.FromSeconds(1.5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.InRange(stream.Comments, 2, 10);
    }

    [Fact]
    public async Task Last_event_id_resumes_after_that_position_without_gap_or_duplicate()
    {
        var branch = await api.NextBranchAsync();
        var head = await api.HeadAsync();
        for (var i = 0; i < 4; i++)
        {
            await api.AdmitAsync(branch);
        }

        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(), Changes, new { scope = branch.VillageCode, after = ChangesApi.Text(head) }, lastEventId: ChangesApi.Text(head + 2));
        var events = await stream.NextEventsAsync(2);

        Assert.Equal([ChangesApi.Text(head + 3), ChangesApi.Text(head + 4)], events.Select(e => e.LastEventId));
    }

    [Fact]
    public async Task A_last_event_id_that_is_not_a_position_is_refused_before_streaming()
    {
        using var client = api.CreateClient();
        var request = GraphQLHttp.Post(JsonSerializer.Serialize(new { query = Changes, variables = new { scope = "150000" } }), "text/event-stream");
        request.Headers.Add("Last-Event-ID", "yesterday");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_LAST_EVENT_ID", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_dashboard_key_cannot_subscribe_over_sse_either()
    {
        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(api.Key(Role.Dashboard)), Changes, new { scope = "150000" });

        var next = await stream.NextAsync();

        Assert.Equal("AUTH_NOT_AUTHORIZED", next!.Json.FirstErrorCode());
        Assert.Equal("complete", (await stream.NextAsync())!.Type);
    }

    [Fact]
    public async Task A_plain_json_subscription_is_still_refused()
    {
        using var response = await api.CreateClient().SendAsync(GraphQLHttp.PostQuery("subscription { changes(scope: \"150000\") { position } }"));

        Assert.Equal("SUBSCRIPTION_NEEDS_WEBSOCKET", (await response.ReadJsonAsync()).FirstErrorCode());
    }
}

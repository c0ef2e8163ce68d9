using PartyOrg.Api.Tests.Changes;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>An SSE client that lost its server reconnects to the restarted service with Last-Event-ID and misses nothing.</summary>
public sealed class RestartResumeTests(StreamingApi owner) : IClassFixture<StreamingApi>
{
    [Fact]
    public async Task Last_event_id_resumes_across_a_restart_without_gap_or_duplicate()
    {
        var branch = await owner.NextBranchAsync();
        var head = await owner.HeadAsync();
        string lastId;
        await using (var before = new SharedFileApi(owner.DatabasePath))
        {
            await using var stream = await EventStreamClient.PostAsync(before.CreateClient(), EventStreamTests.Changes, new { scope = branch.VillageCode, after = ChangesApi.Text(head) });
            await before.AdmitAsync(branch);
            await before.AdmitAsync(branch);
            lastId = (await stream.NextEventsAsync(2))[^1].LastEventId;
        }

        await owner.AdmitAsync(branch);
        await owner.AdmitAsync(branch);
        await using var after = new SharedFileApi(owner.DatabasePath);
        await using var resumed = await EventStreamClient.PostAsync(after.CreateClient(), EventStreamTests.Changes, new { scope = branch.VillageCode, after = ChangesApi.Text(head) }, lastId);
        var events = await resumed.NextEventsAsync(2);

        Assert.Equal(ChangesApi.Text(head + 2), lastId);
        Assert.Equal([ChangesApi.Text(head + 3), ChangesApi.Text(head + 4)], events.Select(e => e.LastEventId));
    }
}

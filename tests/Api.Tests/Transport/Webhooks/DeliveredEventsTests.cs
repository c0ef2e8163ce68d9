using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Transport.Webhooks;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Api.Tests.Transport.Webhooks;

/// <summary>
/// Deliveries answered 2xx are recorded together (group commit): the attempt rows and the cursor at the last in one
/// write, bounded in count and in age; on a host that delivers nothing itself, so the store is the test's alone.
/// </summary>
public sealed class DeliveredEventsTests(StoreOnlyApi api) : IClassFixture<StoreOnlyApi>
{
    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position } }";
    private const string Owner = "test-owner";

    private WebhookStore Store => api.Services.GetRequiredService<WebhookStore>();

    [Fact]
    public async Task A_group_is_written_at_once_with_the_cursor_at_its_last_event()
    {
        var id = await LeasedWebhookAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var delivered = new DeliveredEvents(Store, Owner, LeaseEnd, clock, TimeSpan.FromSeconds(1));
        foreach (var position in new long[] { 11, 12, 13 })
        {
            delivered.Add(Delivery(id, position));
        }

        Assert.Empty(await RowsAsync(id));
        Assert.True(await delivered.FlushAsync(CancellationToken.None));

        Assert.Equal([11L, 12L, 13L], (await RowsAsync(id)).Select(d => d.Position));
        Assert.Equal(13, (await Store.FindAsync(id, CancellationToken.None))!.Cursor);
        Assert.True(await delivered.FlushAsync(CancellationToken.None));
        Assert.Equal(3, (await RowsAsync(id)).Count);
    }

    [Fact]
    public async Task A_group_is_full_at_fifty_deliveries_or_once_its_oldest_reaches_the_age()
    {
        var id = await LeasedWebhookAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var delivered = new DeliveredEvents(Store, Owner, LeaseEnd, clock, TimeSpan.FromSeconds(1));
        Assert.False(delivered.Full);

        delivered.Add(Delivery(id, 1));
        clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.False(delivered.Full);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(delivered.Full);

        Assert.True(await delivered.FlushAsync(CancellationToken.None));
        for (var position = 2; position < 2 + DeliveredEvents.MaxPending - 1; position++)
        {
            delivered.Add(Delivery(id, position));
        }

        Assert.False(delivered.Full);
        delivered.Add(Delivery(id, 100));
        Assert.True(delivered.Full);
    }

    [Fact]
    public async Task A_group_written_after_the_lease_is_lost_is_recorded_but_does_not_move_the_cursor()
    {
        var id = await LeasedWebhookAsync();
        var delivered = new DeliveredEvents(Store, "another-owner", LeaseEnd, TimeProvider.System, TimeSpan.FromSeconds(1));
        delivered.Add(Delivery(id, 21));

        Assert.False(await delivered.FlushAsync(CancellationToken.None));

        Assert.Equal([21L], (await RowsAsync(id)).Select(d => d.Position));
        Assert.Equal(0, (await Store.FindAsync(id, CancellationToken.None))!.Cursor);
    }

    private async Task<long> LeasedWebhookAsync()
    {
        var branch = await api.NextBranchAsync();
        var (nodeId, _) = await api.CreateWebhookAsync(api.Key(Role.Partner), "http://127.0.0.1:9/hook", Changes, new { scope = branch.VillageCode });
        var id = NodeId.DecodeLong(nodeId, "Webhook");
        await using (var db = api.OpenWritableDatabase())
        {
            await db.Webhooks.Where(w => w.Id == id).ExecuteUpdateAsync(u => u.SetProperty(w => w.Cursor, 0));
        }

        Assert.True(await Store.LeaseAsync(id, Owner, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), LeaseEnd(), CancellationToken.None));
        return id;
    }

    private static long LeaseEnd() => DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds();

    private static WebhookDelivery Delivery(long webhookId, long position) => new()
    {
        WebhookId = webhookId, MessageId = position.ToString(System.Globalization.CultureInfo.InvariantCulture), Position = position,
        Attempt = position, AttemptedAt = DateTimeOffset.UtcNow, StatusCode = 204, Succeeded = true, LatencyMilliseconds = 1,
    };

    private async Task<List<WebhookDelivery>> RowsAsync(long webhookId)
    {
        await using var db = api.OpenDatabase();
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == webhookId).OrderBy(d => d.Position).ToListAsync();
    }
}

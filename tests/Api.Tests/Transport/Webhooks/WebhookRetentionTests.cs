using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Api.Tests.Transport.Webhooks;

/// <summary>Keeps three attempts per webhook and prunes every 0.2 s; keys are read on every check (no key cache).</summary>
public sealed class PruningWebhookApi : WebhookApi
{
    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings =>
    [
        new("Webhooks:KeepDeliveriesPerWebhook", "3"),
        new("Webhooks:KeepDeliveryDays", "30"),
        new("Webhooks:PruneSeconds", "0.2"),
        new("Security:KeyCacheSeconds", "0"),
    ];
}

/// <summary>The delivery history stays bounded (per webhook and by age), and a webhook stops when its key does.</summary>
public sealed class WebhookRetentionTests(PruningWebhookApi api) : IClassFixture<PruningWebhookApi>
{
    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position } }";

    [Fact]
    public async Task Only_the_newest_attempts_of_a_webhook_are_kept()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var branch = await api.NextBranchAsync();
        var (id, _) = await api.CreateWebhookAsync(api.Key(Role.Partner), receiver.Url, Changes, new { scope = branch.VillageCode });
        var head = await api.HeadAsync();
        for (var i = 0; i < 6; i++)
        {
            await api.AdmitAsync(branch);
        }

        await receiver.WaitForAsync(6);

        // The receiver answers before the dispatcher records the attempt, so wait for the sixth's row as well as the pruning.
        var kept = await WaitForAsync(NodeId.DecodeLong(id, "Webhook"), rows => rows.Count <= 3 && rows.Any(d => d.Position == head + 6));

        Assert.Equal([head + 4, head + 5, head + 6], kept.Select(d => d.Position));
    }

    [Fact]
    public async Task Attempts_older_than_the_retention_are_deleted_and_recent_ones_stay()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, _) = await api.CreateWebhookAsync(api.Key(Role.Partner), receiver.Url, Changes, new { scope = (await api.NextBranchAsync()).VillageCode });
        var webhookId = NodeId.DecodeLong(id, "Webhook");
        var now = DateTimeOffset.UtcNow;
        await using (var db = api.OpenWritableDatabase())
        {
            db.WebhookDeliveries.AddRange(
                Attempt(webhookId, "1", now.AddDays(-45)),
                Attempt(webhookId, "2", now.AddDays(-31)),
                Attempt(webhookId, "3", now.AddDays(-29)));
            await db.SaveChangesAsync();
        }

        var kept = await WaitForAsync(webhookId, rows => rows.Count < 3);

        Assert.Equal(["3"], kept.Select(d => d.MessageId));
    }

    [Fact]
    public async Task A_webhook_whose_key_is_revoked_is_disabled_with_the_reason_and_sends_no_more()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var branch = await api.NextBranchAsync();
        var keys = api.Services.GetRequiredService<ApiKeys>();
        var (key, text) = await keys.CreateAsync("webhook, then revoke", Role.Partner, "150000", null, CancellationToken.None);
        var (id, _) = await api.CreateWebhookAsync(text, receiver.Url, Changes, new { scope = branch.VillageCode });
        await api.AdmitAsync(branch);
        await receiver.WaitForAsync(1);

        await keys.RevokeAsync(key.Id, CancellationToken.None);
        await api.AdmitAsync(branch);
        var webhook = await WaitForWebhookAsync(NodeId.DecodeLong(id, "Webhook"), w => !w.Enabled);

        Assert.Equal($"The API key '{key.Id}' was revoked.", webhook.DisabledReason);
        Assert.Single(receiver.Received);
    }

    private static WebhookDelivery Attempt(long webhookId, string messageId, DateTimeOffset at) => new()
    {
        WebhookId = webhookId, MessageId = messageId, Position = long.Parse(messageId, System.Globalization.CultureInfo.InvariantCulture), Attempt = 1,
        AttemptedAt = at, StatusCode = 200, Succeeded = true, LatencyMilliseconds = 1,
    };

    /// <summary>The webhook's attempts, oldest first, once they satisfy the condition (the dispatcher prunes in the background).</summary>
    private async Task<List<WebhookDelivery>> WaitForAsync(long webhookId, Func<List<WebhookDelivery>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = api.OpenDatabase();
            var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == webhookId).OrderBy(d => d.Id).ToListAsync();
            if (done(rows) || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(100);
        }
    }

    private async Task<Webhook> WaitForWebhookAsync(long webhookId, Func<Webhook, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = api.OpenDatabase();
            var webhook = await db.Webhooks.AsNoTracking().SingleAsync(w => w.Id == webhookId);
            if (done(webhook) || DateTime.UtcNow > deadline)
            {
                return webhook;
            }

            await Task.Delay(100);
        }
    }
}

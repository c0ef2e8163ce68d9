using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Webhooks;

/// <summary>Delivery state in the database: several instances share the work without sending an attempt twice, and a restart loses nothing.</summary>
public sealed class WebhookInstancesTests(StoreOnlyApi owner) : IClassFixture<StoreOnlyApi>
{
    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position } }";

    [Fact]
    public async Task Two_instances_never_send_the_same_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var first = new SharedWebhookApi(owner.DatabasePath);
        await using var second = new SharedWebhookApi(owner.DatabasePath);
        _ = (first.Services, second.Services);
        var branch = await owner.NextBranchAsync();
        await owner.CreateWebhookAsync(owner.Key(Role.Partner), receiver.Url, Changes, new { scope = branch.VillageCode });
        var head = await owner.HeadAsync();
        for (var i = 0; i < 6; i++)
        {
            await (i % 2 == 0 ? first.AdmitAsync(branch) : second.AdmitAsync(branch));
        }

        var received = await receiver.WaitForAsync(6);
        await Task.Delay(800);

        await using var db = owner.OpenDatabase();
        var attempts = await db.WebhookDeliveries.Select(d => new { d.WebhookId, d.Attempt }).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 6).Select(i => ChangesApi.Text(head + i)), receiver.Received.Select(r => r.Id));
        Assert.Equal(attempts.Count, attempts.Distinct().Count());
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_retrying_loses_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 503;
        var branch = await owner.NextBranchAsync();
        var head = await owner.HeadAsync();
        await using (var first = new SharedWebhookApi(owner.DatabasePath))
        {
            await first.CreateWebhookAsync(owner.Key(Role.Partner), receiver.Url, Changes, new { scope = branch.VillageCode });
            await first.AdmitAsync(branch);
            await first.AdmitAsync(branch);
            await receiver.WaitForAsync(1);
        }

        receiver.Answer = _ => 200;
        var failed = receiver.Received.Count;
        await using var restarted = new SharedWebhookApi(owner.DatabasePath);
        _ = restarted.Services;
        var received = await receiver.WaitForAsync(failed + 2);

        Assert.All(received.Take(failed), r => Assert.Equal(ChangesApi.Text(head + 1), r.Id));
        Assert.Equal([ChangesApi.Text(head + 1), ChangesApi.Text(head + 2)], received.Skip(failed).Select(r => r.Id).Distinct());
    }
}

/// <summary>Owns the database file and serves requests, but delivers no webhooks: the instances under test do.</summary>
public sealed class StoreOnlyApi : WebhookApi
{
    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings => [new("Webhooks:Deliver", "false")];
}

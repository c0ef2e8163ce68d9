using System.Text.Json;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Webhooks;

/// <summary>Webhooks end to end: a loopback receiver, signatures checked by an independent verifier, retries, order, scope.</summary>
public sealed class WebhookDeliveryTests(WebhookApi api) : IClassFixture<WebhookApi>
{
    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position kind subject { ... on Member { name } } } }";

    private static string Position(ReceivedWebhook received) =>
        JsonDocument.Parse(received.Body).RootElement.GetProperty("data").GetProperty("changes").GetProperty("position").GetString()!;

    [Fact]
    public async Task Each_event_is_posted_signed_with_its_position_as_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var branch = await api.NextBranchAsync();
        var (_, secret) = await api.CreateWebhookAsync(api.Key(Role.Partner), receiver.Url, Changes, new { scope = branch.VillageCode });
        var head = await api.HeadAsync();
        await api.AdmitAsync(branch);
        await api.AdmitAsync(branch);

        var received = await receiver.WaitForAsync(2);

        Assert.Equal([ChangesApi.Text(head + 1), ChangesApi.Text(head + 2)], received.Select(r => r.Id));
        Assert.Equal(received.Select(r => r.Id), received.Select(Position));
        Assert.All(received, r => Assert.True(StandardWebhooksVerifier.Verify(secret, r.Id, r.Timestamp, r.Signature, r.Body, DateTimeOffset.UtcNow)));
        Assert.False(StandardWebhooksVerifier.Verify(secret, received[0].Id, received[0].Timestamp, received[0].Signature, received[0].Body + " ", DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task A_receiver_answering_500_twice_gets_the_event_three_times_with_one_id_and_order_is_kept()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => n <= 2 ? 500 : 200;
        var branch = await api.NextBranchAsync();
        var (id, _) = await api.CreateWebhookAsync(api.Key(Role.Partner), receiver.Url, Changes, new { scope = branch.VillageCode });
        var head = await api.HeadAsync();
        await api.AdmitAsync(branch);
        await api.AdmitAsync(branch);

        var received = await receiver.WaitForAsync(4);

        // The receiver answers before the dispatcher records the attempt (delivered events are committed in groups),
        // so the attempts are read once all four are recorded.
        var statuses = await Eventually.MatchesAsync(
            async () => (await api.QueryAsAsync(api.Key(Role.Partner), "query($id: ID!) { webhookDeliveries(webhookId: $id) { messageId statusCode succeeded } }", new { id }))
                .GetProperty("data").GetProperty("webhookDeliveries").EnumerateArray().Select(d => d.GetProperty("statusCode").GetInt32()).ToList(),
            attempts => attempts.Count == 4,
            "all four attempts are recorded");

        var first = ChangesApi.Text(head + 1);
        Assert.Equal([first, first, first, ChangesApi.Text(head + 2)], received.Select(r => r.Id));
        Assert.Equal([200, 200, 500, 500], statuses);
    }

    [Fact]
    public async Task A_partners_webhook_sees_only_its_scope_with_pseudonyms()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (inside, outside) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var partner = api.Key(Role.Partner, inside.LeagueCode);
        await api.CreateWebhookAsync(partner, receiver.Url, Changes, new { scope = "150000" });
        await api.AdmitAsync(outside, "墙外党员");
        await api.AdmitAsync(inside, "墙内党员");
        await api.AdmitAsync(outside, "墙外党员");
        await api.AdmitAsync(inside, "墙内党员");

        var received = await receiver.WaitForAsync(2);
        await Task.Delay(600);

        Assert.Equal(2, receiver.Received.Count);
        var names = received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("changes").GetProperty("subject").GetProperty("name").GetString()!).ToList();
        Assert.All(names, n => Assert.StartsWith("Member-", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_that_is_not_a_changes_subscription_is_refused_at_creation()
    {
        var body = await api.QueryAsAsync(api.Key(Role.Partner), WebhookApi.Create, new { input = new { url = "http://127.0.0.1:9/hook", query = "{ region { name } }" } });
        var dashboard = await api.QueryAsAsync(api.Key(Role.Dashboard), WebhookApi.Create, new { input = new { url = "http://127.0.0.1:9/hook", query = Changes } });

        Assert.Equal("InvalidInputError", WebhookAnswers.Refusal(body).Type);
        Assert.Equal("AUTH_NOT_AUTHORIZED", dashboard.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}

using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>The subscriptions end to end: a real WebSocket client on graphql-transport-ws, mutations over HTTP.</summary>
[Collection(ChangesCollection.Name)]
public sealed class SubscriptionSocketTests(ChangesApi api)
{
    private const string ChangesSubscription =
        """
        subscription($scope: String!, $after: String, $kinds: [ChangeKind!]) {
          changes(scope: $scope, after: $after, kinds: $kinds) {
            position kind subjectId village { code } fromVillage { code }
            details { __typename ... on MemberTransferred { fromBranch { id } toBranch { id } } }
          }
        }
        """;

    [Fact]
    public async Task A_subscriber_resuming_after_a_position_gets_the_missed_events_then_live_ones()
    {
        var (here, there) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var head = await api.HeadAsync();
        var member = await api.AdmitAsync(here);
        await api.AdmitAsync(there);
        await api.AdmitAsync(here);
        await using var socket = await GraphQLSocket.ConnectAsync(api);

        await socket.SubscribeAsync("1", ChangesSubscription, new { scope = here.LeagueCode, after = ChangesApi.Text(head) });
        var missed = await socket.NextAsync("1", 2);
        await api.TransferAsync(member, there);
        await api.AdmitAsync(there);
        var live = Changes(await socket.NextAsync("1", 1));

        Assert.Equal([head + 1, head + 3, head + 4], Changes(missed).Concat(live).Select(Position));
        Assert.Equal("MEMBER_TRANSFERRED", live[0].GetProperty("kind").GetString());
        Assert.Equal(here.VillageCode, live[0].GetProperty("fromVillage").GetProperty("code").GetString());
        Assert.Equal(there.Id, live[0].GetProperty("details").GetProperty("toBranch").GetProperty("id").GetString());
        await socket.AssertQuietAsync(TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task Without_after_only_events_committed_after_subscribing_arrive()
    {
        var branch = await api.NextBranchAsync();
        await api.AdmitAsync(branch);
        await using var socket = await GraphQLSocket.ConnectAsync(api);
        await socket.SubscribeAsync("live", ChangesSubscription, new { scope = branch.VillageCode });
        await FeedSubscribers.WaitForAsync(api, 1);

        var member = await api.AdmitAsync(branch);

        var received = Changes(await socket.NextAsync("live", 1));
        Assert.Equal(member.Id, received[0].GetProperty("subjectId").GetString());
        await socket.AssertQuietAsync(TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task Completing_the_subscription_disposes_its_pump()
    {
        var before = FeedSubscribers.Count(api);
        await using var socket = await GraphQLSocket.ConnectAsync(api);
        await socket.SubscribeAsync("gone", ChangesSubscription, new { scope = "150000" });
        await FeedSubscribers.WaitForAsync(api, before + 1);

        await socket.CompleteAsync("gone");

        await FeedSubscribers.WaitForAsync(api, before);
    }

    [Fact]
    public async Task An_unknown_scope_is_refused_with_a_coded_error()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(api);

        await socket.SubscribeAsync("bad", ChangesSubscription, new { scope = "159999" });

        Assert.Equal("UNKNOWN_DIVISION", await ErrorCodeAsync(socket));
    }

    [Fact]
    public async Task An_after_beyond_the_last_event_is_refused_with_a_coded_error()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(api);

        await socket.SubscribeAsync("future", ChangesSubscription, new { scope = "150000", after = ChangesApi.Text(await api.HeadAsync() + 1000) });

        Assert.Equal("HC0078", await ErrorCodeAsync(socket));
    }

    [Fact]
    public async Task Statistics_of_a_watched_division_arrive_fresh_after_a_change()
    {
        var branch = await api.NextBranchAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(api);
        await socket.SubscribeAsync("stats", "subscription($codes: [String!]!) { statisticsChanged(codes: $codes) { position division { code level } stats { memberCount } } }",
            new { codes = new[] { branch.BannerCode } });
        await FeedSubscribers.WaitForAsync(api, 1);
        var before = await MemberCountAsync(branch.BannerCode);

        await api.AdmitAsync(branch);

        var update = (await socket.NextAsync("stats", 1))[0].GetProperty("statisticsChanged");
        Assert.Equal(branch.BannerCode, update.GetProperty("division").GetProperty("code").GetString());
        Assert.Equal("BANNER", update.GetProperty("division").GetProperty("level").GetString());
        Assert.Equal(before + 1, update.GetProperty("stats").GetProperty("memberCount").GetInt32());
        Assert.Equal(ChangesApi.Text(await api.HeadAsync()), update.GetProperty("position").GetString());
    }

    private static List<JsonElement> Changes(List<JsonElement> data) => [.. data.Select(d => d.GetProperty("changes"))];

    private static long Position(JsonElement change) =>
        long.Parse(change.GetProperty("position").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A refused subscription: the protocol's <c>error</c>, or a <c>next</c> carrying the errors.</summary>
    private static async Task<string?> ErrorCodeAsync(GraphQLSocket socket)
    {
        var message = await socket.ReceiveMessageAsync();
        var errors = message.Type() == "error" ? message.Payload() : message.Payload().GetProperty("errors");
        return errors[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    private async Task<int> MemberCountAsync(string code)
    {
        var body = await api.QueryAsync("query($code: String!) { division(code: $code) { stats { memberCount } } }", new { code });
        return body.GetProperty("data").GetProperty("division").GetProperty("stats").GetProperty("memberCount").GetInt32();
    }
}

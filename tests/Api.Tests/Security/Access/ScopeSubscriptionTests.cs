using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The subscriptions over graphql-transport-ws with a key confined to one banner: a region-wide <c>changes</c> stream
/// delivers the banner's events and none of an admin's changes outside it; watching statistics beside it is refused.
/// </summary>
public sealed class ScopeSubscriptionTests(ScopeApi api) : IClassFixture<ScopeApi>
{
    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position kind subjectId village { code } } }";
    private const string Statistics = "subscription($codes: [String!]!) { statisticsChanged(codes: $codes) { division { code } stats { memberCount } } }";

    [Fact]
    public async Task A_region_wide_stream_carries_the_banners_events_and_not_those_outside()
    {
        var rows = await api.RowsAsync();
        var changes = new ScopeChanges(api);
        await using var banner = await GraphQLSocket.ConnectWithKeyAsync(api, api.BannerKey(Role.Partner));
        await using var admin = await GraphQLSocket.ConnectWithKeyAsync(api, api.Key(Role.Admin));
        var before = FeedSubscribers.Count(api);
        await banner.SubscribeAsync("banner", Changes, new { scope = ScopeApi.Region });
        await admin.SubscribeAsync("admin", Changes, new { scope = ScopeApi.Region });
        await FeedSubscribers.WaitForAsync(api, before + 2);

        var outside = new[] { await changes.AdmitAsync(rows.Outside.Branch.Id) };
        var inside = new[] { await changes.AdmitAsync(rows.Inside.Branch.Id) };
        outside = [.. outside, await changes.AdmitAsync(rows.Outside.Branch.Id)];
        inside = [.. inside, await changes.AdmitAsync(rows.Inside.Branch.Id)];

        var all = await NextAsync(admin, "admin", 4);
        Assert.Equal([outside[0], inside[0], outside[1], inside[1]], all.Select(e => e.GetProperty("subjectId").GetString()));
        var seen = await NextAsync(banner, "banner", 2);
        Assert.Equal(inside, seen.Select(e => e.GetProperty("subjectId").GetString()));
        Assert.Equal([all[1].GetProperty("position").GetString(), all[3].GetProperty("position").GetString()], seen.Select(e => e.GetProperty("position").GetString()));
        Assert.All(seen, e => Assert.StartsWith(ScopeApi.Banner, e.GetProperty("village").GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watching_statistics_or_changes_beside_the_banner_is_refused_like_an_unknown_code()
    {
        var rows = await api.RowsAsync();
        await using var socket = await GraphQLSocket.ConnectWithKeyAsync(api, api.BannerKey(Role.Partner));
        var unknown = await RefusalAsync(socket, Statistics, new { codes = new[] { ScopeApi.Unknown } }, ScopeApi.Unknown);
        Assert.Equal("UNKNOWN_DIVISION", unknown.Code);

        foreach (var code in new[] { ScopeApi.Outside, ScopeApi.Sibling, ScopeApi.League, ScopeApi.Region, rows.Outside.Village })
        {
            Assert.Equal(unknown, await RefusalAsync(socket, Statistics, new { codes = new[] { ScopeApi.Banner, code } }, code));
        }

        var unknownScope = await RefusalAsync(socket, Changes, new { scope = ScopeApi.Unknown }, ScopeApi.Unknown);
        Assert.Equal("UNKNOWN_DIVISION", unknownScope.Code);
        Assert.Equal(unknownScope, await RefusalAsync(socket, Changes, new { scope = ScopeApi.Outside }, ScopeApi.Outside));
    }

    [Fact]
    public async Task Watching_the_banners_statistics_gives_what_the_admin_reads()
    {
        var rows = await api.RowsAsync();
        await using var socket = await GraphQLSocket.ConnectWithKeyAsync(api, api.BannerKey(Role.Partner));
        var before = FeedSubscribers.Count(api);
        await socket.SubscribeAsync("stats", Statistics, new { codes = new[] { ScopeApi.Banner } });
        await FeedSubscribers.WaitForAsync(api, before + 1);

        await new ScopeChanges(api).AdmitAsync(rows.Inside.Branch.Id);

        var update = (await NextAsync(socket, "stats", 1))[0];
        var admin = ScopeApi.Data(await api.AsAdminAsync($"{{ division(code: \"{ScopeApi.Banner}\") {{ code stats {{ memberCount }} }} }}")).GetProperty("division");
        Assert.Equal(admin.GetRawText(), update.GetRawText());
    }

    private static async Task<List<JsonElement>> NextAsync(GraphQLSocket socket, string id, int count)
    {
        var payloads = new List<JsonElement>();
        while (payloads.Count < count)
        {
            var message = await socket.ReceiveMessageAsync();
            Assert.True(message.Type() == "next" && message.Id() == id, $"Expected next of {id}, got {message}.");
            var data = ScopeApi.Data(message.Payload());
            payloads.Add(data.TryGetProperty("changes", out var change) ? change : Division(data.GetProperty("statisticsChanged")));
        }

        return payloads;
    }

    private static JsonElement Division(JsonElement update) =>
        JsonDocument.Parse($"{{\"code\":{update.GetProperty("division").GetProperty("code").GetRawText()},\"stats\":{update.GetProperty("stats").GetRawText()}}}").RootElement;

    private static async Task<(string? Code, string? Message)> RefusalAsync(GraphQLSocket socket, string query, object variables, string named)
    {
        var id = Guid.NewGuid().ToString("N");
        await socket.SubscribeAsync(id, query, variables);
        var message = (await socket.FirstOfEachAsync(id))[id];
        var error = Assert.Single(AccessSockets.Errors(message));
        return (error.Code, error.Message?.Replace(named, "…", StringComparison.Ordinal));
    }
}

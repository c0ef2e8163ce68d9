using System.Globalization;
using System.Net;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>Three API processes on one database and one Redis behave as one service.</summary>
[Collection(FleetCollection.Name)]
public sealed class SeveralInstancesTests(ApiFleet fleet) : IClassFixture<ApiFleet>
{
    [Fact]
    public async Task A_query_through_any_instance_gives_the_same_answer()
    {
        const string Query = """
            { region { code stats { memberCount } leagues(first: 5) { totalCount nodes { code name banners(first: 2) { totalCount nodes { code name } } } } }
              branches(first: 5, within: "152200") { totalCount nodes { id name } } }
            """;

        var answers = await Task.WhenAll(fleet.Instances.Select(i => i.QueryAsync(fleet.AdminKey, Query)));

        var first = answers[0].GetRawText();
        Assert.Equal(12, answers[0].GetProperty("region").GetProperty("leagues").GetProperty("totalCount").GetInt32());
        Assert.All(answers, a => Assert.Equal(first, a.GetRawText()));
    }

    [Fact]
    public async Task A_mutation_through_any_instance_is_read_through_every_instance()
    {
        var branches = await fleet.BranchIdsAsync(fleet.Instances.Count);
        for (var i = 0; i < fleet.Instances.Count; i++)
        {
            var name = $"多实例党员{i}";
            var member = await fleet.Instances[i].AdmitAsync(fleet.AdminKey, branches[i], name);

            foreach (var reader in fleet.Instances)
            {
                var data = await reader.QueryAsync(fleet.AdminKey, "query($id: ID!) { node(id: $id) { ... on Member { name branch { id } } } }", new { id = member });
                var node = data.GetProperty("node");
                Assert.Equal((name, branches[i]), (node.GetProperty("name").GetString(), node.GetProperty("branch").GetProperty("id").GetString()));
            }
        }
    }

    [Fact]
    public async Task Subscribers_on_every_instance_receive_every_event_once_and_in_order()
    {
        const int PerInstance = 4;
        var head = await fleet.HeadAsync();
        var sockets = await Task.WhenAll(fleet.Instances.Select(i => i.ConnectAsync(fleet.AdminKey)));
        try
        {
            foreach (var socket in sockets)
            {
                await socket.SubscribeAsync("feed", "subscription($after: String) { changes(scope: \"150000\", after: $after) { position kind } }",
                    new { after = head.ToString(CultureInfo.InvariantCulture) });
            }

            // Mutations through every instance at once: positions follow commit order whichever instance commits.
            var branches = await fleet.BranchIdsAsync(fleet.Instances.Count);
            await Task.WhenAll(fleet.Instances.Select(async (instance, i) =>
            {
                for (var n = 0; n < PerInstance; n++)
                {
                    await instance.AdmitAsync(fleet.AdminKey, branches[i], $"订阅党员{i}-{n}");
                }
            }));

            var expected = Enumerable.Range(1, PerInstance * fleet.Instances.Count).Select(n => (head + n).ToString(CultureInfo.InvariantCulture)).ToList();
            foreach (var socket in sockets)
            {
                var events = await socket.NextAsync("feed", expected.Count);
                Assert.Equal(expected, events.Select(e => e.GetProperty("changes").GetProperty("position").GetString()));
                Assert.All(events, e => Assert.Equal("MEMBER_ADMITTED", e.GetProperty("changes").GetProperty("kind").GetString()));
            }

            // A repeat would come within one poll (Changes:PollSeconds is 1) or one Redis message.
            await Task.WhenAll(sockets.Select(s => s.AssertQuietAsync(TimeSpan.FromSeconds(2))));
        }
        finally
        {
            foreach (var socket in sockets)
            {
                await socket.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_key_revoked_with_the_keys_command_is_refused_by_every_instance_within_the_key_cache_time()
    {
        var (id, key) = await fleet.CreateKeyAsync("organizer", "152200");
        const string Query = "{ division(code: \"152200\") { name } }";
        foreach (var instance in fleet.Instances)
        {
            // Checked and cached by every instance before the revocation.
            await instance.QueryAsync(key, Query);
        }

        var lines = await fleet.RunCommandAsync("keys", "revoke", id);
        Assert.Equal($"Revoked key {id}; running services refuse it within Security:KeyCacheSeconds.", Assert.Single(lines));

        // Every instance cached the key before the command revoked it, so each cache entry is gone KeyCacheSeconds after.
        await Task.Delay(TimeSpan.FromSeconds(ApiFleet.KeyCacheSeconds));
        foreach (var instance in fleet.Instances)
        {
            var (status, body) = await instance.PostAsync(key, Query);
            Assert.True(status == HttpStatusCode.Unauthorized, $"{instance.Name} answered {(int)status} after the key cache time: {body}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FleetCollection
{
    /// <summary>Fleet classes run one after another: each starts several processes, too many at once for a small machine.</summary>
    public const string Name = "API processes";
}

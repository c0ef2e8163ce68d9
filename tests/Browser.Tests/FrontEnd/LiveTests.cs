using System.Globalization;
using Microsoft.Playwright;
using PartyOrg.Browser.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Browser.Tests.FrontEnd;

public sealed class LiveTests(BrowserHost host, Chromium chromium) : IClassFixture<BrowserHost>, IClassFixture<Chromium>
{
    private const string Jining = "150902";

    private const string Admit = """
        mutation($branch: ID!) { admitMember(input: { branchId: $branch, name: "实时党员", gender: FEMALE, ethnicity: MONGOL,
          birthDate: "1995-03-01", joinedOn: "2026-06-01", education: BACHELOR, occupation: WORKER }) { member { id } errors { __typename } } }
        """;

    [Fact]
    public async Task A_mutation_sent_through_the_API_appears_in_the_feed_within_two_seconds_and_the_figures_change()
    {
        var key = host.Key(Role.Admin);
        var before = (await host.GraphQLAsync(key, $$"""{ division(code: "{{Jining}}") { stats { memberCount } } }"""))
            .GetProperty("data").GetProperty("division").GetProperty("stats").GetProperty("memberCount").GetInt32();
        var branch = (await host.GraphQLAsync(key, $$"""{ branches(within: "{{Jining}}", first: 1) { nodes { id } } }"""))
            .GetProperty("data").GetProperty("branches").GetProperty("nodes")[0].GetProperty("id").GetString();
        var page = await chromium.NewPageAsync(host, key);
        var subscribed = new TaskCompletionSource();
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Text?.Contains("\"subscribe\"", StringComparison.Ordinal) == true && frame.Text.Contains("Changes", StringComparison.Ordinal))
            {
                subscribed.TrySetResult();
            }
        };
        var readers = host.Readers;
        await page.GotoAsync($"/#/live?scope={Jining}");
        await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await host.WaitForReadersAsync(readers + LiveSubscriptions);
        await Assertions.Expect(page.Locator("[data-figure=memberCount] .card-value")).ToHaveTextAsync(before.ToString("N0", CultureInfo.InvariantCulture));

        var admitted = await host.GraphQLAsync(key, Admit, new { branch });
        Assert.Equal(System.Text.Json.JsonValueKind.String, admitted.GetProperty("data").GetProperty("admitMember").GetProperty("member").GetProperty("id").ValueKind);

        await Assertions.Expect(page.Locator("[data-live=feed] tbody tr").First).ToContainTextAsync(Kind, new() { Timeout = 2_000 });
        await Assertions.Expect(page.Locator("[data-figure=memberCount] .card-value"))
            .ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
        await Screenshots.TakeAsync(page, "live");
    }

    [Fact]
    public async Task After_a_dropped_connection_the_feed_resumes_from_its_last_position_and_misses_nothing()
    {
        var key = host.Key(Role.Admin);
        var branch = (await host.GraphQLAsync(key, $$"""{ branches(within: "{{Jining}}", first: 1) { nodes { id } } }"""))
            .GetProperty("data").GetProperty("branches").GetProperty("nodes")[0].GetProperty("id").GetString();
        var page = await chromium.NewPageAsync(host, key);
        var sockets = new List<IWebSocketRoute>();
        var subscribed = new TaskCompletionSource();
        await page.RouteWebSocketAsync("**/graphql", socket =>
        {
            lock (sockets)
            {
                sockets.Add(socket);
            }

            var server = socket.ConnectToServer();
            socket.OnMessage(frame =>
            {
                if (frame.Text?.Contains("\"subscribe\"", StringComparison.Ordinal) == true && frame.Text.Contains("Changes", StringComparison.Ordinal))
                {
                    subscribed.TrySetResult();
                }

                server.Send(frame.Text!);
            });
        });
        var readers = host.Readers;
        await page.GotoAsync($"/#/live?scope={Jining}");
        var rows = page.Locator("[data-live=feed] tbody tr");
        await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(15));

        // The frame is handed on after the handler above; a mutation committed before the server starts the
        // subscription lies before its starting position and is rightly not delivered.
        await host.WaitForReadersAsync(readers + LiveSubscriptions);
        await host.GraphQLAsync(key, Admit, new { branch });
        await Assertions.Expect(rows).ToHaveCountAsync(1, new() { Timeout = 5_000 });

        // 1012 (service restart): the client reconnects, as it would after a restart of the API.
        await sockets[0].CloseAsync(new() { Code = 1012, Reason = "restart" });
        await Assertions.Expect(page.Locator("[data-live=status]")).ToHaveTextAsync("重新连接中…");
        await host.GraphQLAsync(key, Admit, new { branch });
        await host.GraphQLAsync(key, Admit, new { branch });

        await Assertions.Expect(rows).ToHaveCountAsync(3, new() { Timeout = 15_000 });
        var positions = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.position)");
        Assert.Equal(positions.Distinct().Count(), positions.Length);
        Assert.True(sockets.Count >= 2, "The page did not open a second socket.");
    }

    [Fact]
    public async Task Anonymous_visitors_are_told_the_feed_needs_a_key()
    {
        var page = await chromium.NewPageAsync(host);
        await page.GotoAsync("/#/live");

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("partner");
    }

    private const string Kind = "发展党员";

    /// <summary>The live page subscribes to the scope's changes and to its figures.</summary>
    private const int LiveSubscriptions = 2;
}

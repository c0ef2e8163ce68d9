using Microsoft.Playwright;
using PartyOrg.Browser.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Browser.Tests.Ide;

public sealed class IdeTests(BrowserHost host, Chromium chromium) : IClassFixture<BrowserHost>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_IDE_loads_with_only_the_API_reachable_and_runs_a_README_query_with_a_key()
    {
        var page = await chromium.NewPageAsync(host, host.Key(Role.Admin));
        var foreign = new List<string>();
        await page.Context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(host.Origin, StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (foreign)
            {
                foreign.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });

        await page.GotoAsync("/graphql");
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("region", new() { Timeout = 15_000 });
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("呼和浩特市", new() { Timeout = 15_000 });
        await Screenshots.TakeAsync(page, "ide-query");

        Assert.Equal("GraphiQL · Inner Mongolia Party-organisation API", await page.TitleAsync());
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task Anonymous_callers_in_production_are_told_why_the_schema_is_empty_and_how_to_get_a_key()
    {
        var page = await chromium.NewPageAsync(host);
        await page.GotoAsync("/graphql/ui");

        var notice = page.Locator(".ide-notice");
        await Assertions.Expect(notice).ToContainTextAsync("introspection is off", new() { Timeout = 15_000 });
        await Assertions.Expect(notice).ToContainTextAsync("keys create --role admin");
        await Screenshots.TakeAsync(page, "ide-anonymous");
    }

    [Fact]
    public async Task The_key_entered_once_is_kept_in_the_browser_and_sent_with_every_request()
    {
        var key = host.Key(Role.Admin);
        var page = await chromium.NewPageAsync(host);
        await page.GotoAsync("/graphql/ui");
        await page.FillAsync("input[name=apiKey]", key);
        await page.ClickAsync("text=Use key");
        var request = await page.RunAndWaitForRequestAsync(
            () => page.Locator(".graphiql-execute-button").ClickAsync(),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Method == "POST" && !(r.PostData ?? "").Contains("IntrospectionQuery", StringComparison.Ordinal));

        Assert.Equal($"Bearer {key}", await request.HeaderValueAsync("authorization"));
        Assert.Equal(key, await page.EvaluateAsync<string>("localStorage.getItem('partyOrg.apiKey')"));
    }
}

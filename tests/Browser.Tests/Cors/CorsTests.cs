using System.Text.Json;
using Microsoft.Playwright;
using PartyOrg.Browser.Tests.Support;

namespace PartyOrg.Browser.Tests.Cors;

/// <summary>Pages of two other origins (served by Playwright's interception) call the API: one listed in Cors:AllowedOrigins, one not.</summary>
public sealed class CorsTests(CorsTests.Host host, Chromium chromium) : IClassFixture<CorsTests.Host>, IClassFixture<Chromium>
{
    private const string Allowed = "http://dashboard.example";
    private const string Other = "http://elsewhere.example";

    public sealed class Host : BrowserHost
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Cors:AllowedOrigins:0", Allowed)];
    }

    [Fact]
    public async Task A_page_of_an_allowed_origin_can_query_over_HTTP()
    {
        var page = await PageOfAsync(Allowed);
        var answer = await page.EvaluateAsync<string>(FetchScript, host.Origin);

        Assert.Equal("内蒙古自治区", JsonDocument.Parse(answer).RootElement.GetProperty("data").GetProperty("region").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_read_the_answer()
    {
        var page = await PageOfAsync(Other);
        var answer = await page.EvaluateAsync<string>(FetchScript, host.Origin);

        Assert.Equal("refused: TypeError", answer);
    }

    [Theory]
    [InlineData(Allowed, "open")]
    [InlineData(Other, "refused")]
    public async Task A_WebSocket_is_opened_only_from_an_allowed_origin(string origin, string expected)
    {
        var page = await PageOfAsync(origin);
        var outcome = await page.EvaluateAsync<string>("""
            url => new Promise(resolve => {
              const socket = new WebSocket(url, 'graphql-transport-ws');
              socket.onopen = () => { socket.close(); resolve('open'); };
              socket.onerror = () => resolve('refused');
            })
            """, host.Origin.Replace("http", "ws", StringComparison.Ordinal) + "/graphql");

        Assert.Equal(expected, outcome);
    }

    private const string FetchScript = """
        origin => fetch(origin + '/graphql', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
            body: JSON.stringify({ query: '{ region { name } }' }),
          }).then(r => r.text(), e => 'refused: ' + e.name)
        """;

    private async Task<IPage> PageOfAsync(string origin)
    {
        var page = await chromium.NewPageAsync(host);
        await page.RouteAsync(origin + "/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>elsewhere</title>" }));
        await page.GotoAsync(origin + "/");
        return page;
    }
}

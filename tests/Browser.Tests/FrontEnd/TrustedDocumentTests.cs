using Microsoft.Playwright;
using PartyOrg.Browser.Tests.Support;

namespace PartyOrg.Browser.Tests.FrontEnd;

/// <summary>With Security:TrustedDocuments:Mode=Only and the manifest the front end's build writes, the pages work and ad-hoc text is refused.</summary>
public sealed class TrustedDocumentTests(TrustedDocumentTests.Host host, Chromium chromium) : IClassFixture<TrustedDocumentTests.Host>, IClassFixture<Chromium>
{
    public sealed class Host : BrowserHost
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Security:TrustedDocuments:Mode", "Only"),
            new("Security:TrustedDocuments:Path", "web-documents.json"),
        ];
    }

    [Fact]
    public async Task The_overview_works_with_only_trusted_documents()
    {
        var page = await chromium.NewPageAsync(host);
        var bodies = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.PostData is { } body)
            {
                bodies.Add(body);
            }
        };
        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("[data-figure=memberCount] .card-value")).Not.ToBeEmptyAsync(new() { Timeout = 15_000 });
        await page.Locator("[data-chart=treemap] canvas").WaitForAsync();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, b => Assert.Contains("\"documentId\"", b, StringComparison.Ordinal));
        Assert.All(bodies, b => Assert.DoesNotContain("\"query\"", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_ad_hoc_query_from_the_page_is_refused()
    {
        var page = await chromium.NewPageAsync(host);
        await page.GotoAsync("/");
        var answer = await page.EvaluateAsync<string>("""
            () => fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ region { name } }' }) })
              .then(r => r.json()).then(j => j.errors[0].extensions.code)
            """);

        Assert.Equal("ONLY_TRUSTED_DOCUMENTS", answer);
    }
}

using Microsoft.Playwright;
using PartyOrg.Browser.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Browser.Tests.FrontEnd;

/// <summary>The same addresses for different roles: what a role may not read is shown as withheld, never as an error page.</summary>
public sealed class RoleTests(BrowserHost host, Chromium chromium) : IClassFixture<BrowserHost>, IClassFixture<Chromium>
{
    private const string Chahar = "150902008022";

    [Fact]
    public async Task Anonymous_sees_the_community_named_with_its_statistics_and_branches_withheld()
    {
        var page = await chromium.NewPageAsync(host);
        await page.GotoAsync($"/#/d/{Chahar}");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("察哈尔社区居民委员会");
        await Assertions.Expect(page.Locator(".withheld")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("section.list")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "roles-anonymous-village");
    }

    [Fact]
    public async Task A_dashboard_key_sees_the_community_statistics_and_its_branches()
    {
        var key = host.Key(Role.Dashboard);
        var members = (await host.GraphQLAsync(key, $$"""{ division(code: "{{Chahar}}") { stats { memberCount } } }"""))
            .GetProperty("data").GetProperty("division").GetProperty("stats").GetProperty("memberCount").GetInt32();
        var page = await chromium.NewPageAsync(host, key);
        await page.GotoAsync($"/#/d/{Chahar}");

        await Assertions.Expect(page.Locator(".cards .card-value").First).ToHaveTextAsync(members.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("section.list tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".withheld")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_partner_key_sees_members_with_their_birth_dates_and_status_withheld()
    {
        var key = host.Key(Role.Partner);
        var page = await chromium.NewPageAsync(host, key);
        await page.GotoAsync($"/#/d/{Chahar}");
        await page.Locator("section.list a").First.ClickAsync();
        await page.Locator("select[name=s]").SelectOptionAsync("newest");
        await page.ClickAsync("form.controls button[type=submit]");

        var firstRow = page.Locator("section.list tbody tr").First;
        await Assertions.Expect(firstRow.Locator("td").First).ToContainTextAsync("Member-");
        await Assertions.Expect(firstRow.Locator("td").Nth(1).Locator(".withheld")).ToHaveCountAsync(1);
        await Assertions.Expect(firstRow.Locator("td").Nth(3).Locator(".withheld")).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, "roles-partner-members");
    }
}

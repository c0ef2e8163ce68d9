using Microsoft.Playwright;
using PartyOrg.Browser.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Browser.Tests.FrontEnd;

public sealed class DrillDownTests(BrowserHost host, Chromium chromium) : IClassFixture<BrowserHost>, IClassFixture<Chromium>
{
    private const string Chahar = "150902008022";

    private const string EldestOfChahar = """
        { division(code: "150902008022") { ... on Village { branches(first: 1) { nodes { name
            members(order: [{birthDate: ASC}], first: 1) { totalCount nodes { name birthDate } } } } } } }
        """;

    [Fact]
    public async Task From_the_region_down_to_the_Chahar_community_and_its_eldest_member()
    {
        var key = host.Key(Role.Admin);
        var branch = (await host.GraphQLAsync(key, EldestOfChahar)).GetProperty("data").GetProperty("division").GetProperty("branches").GetProperty("nodes")[0];
        var members = branch.GetProperty("members");
        var eldest = members.GetProperty("nodes")[0];
        var page = await chromium.NewPageAsync(host, key);

        await page.GotoAsync("/#/d/150000");
        await ClickAsync(page, "乌兰察布市");
        await ClickAsync(page, "集宁区");
        await ClickAsync(page, "泉山街道");
        await page.FillAsync("input[name=q]", "察哈尔");
        await page.ClickAsync("form.controls button[type=submit]");
        await ClickAsync(page, "察哈尔社区居民委员会");
        Assert.EndsWith($"#/d/{Chahar}", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("nav.breadcrumbs")).ToHaveTextAsync("内蒙古自治区 › 乌兰察布市 › 集宁区 › 泉山街道 › 察哈尔社区居民委员会");
        await Screenshots.TakeAsync(page, "drill-village");

        await ClickAsync(page, branch.GetProperty("name").GetString()!);
        var firstRow = page.Locator("section.list tbody tr").First;
        await Assertions.Expect(firstRow.Locator("td").First).ToHaveTextAsync(eldest.GetProperty("name").GetString()!);
        await Assertions.Expect(firstRow.Locator("td").Nth(1)).ToHaveTextAsync(eldest.GetProperty("birthDate").GetString()!);
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveAttributeAsync("data-total", members.GetProperty("totalCount").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screenshots.TakeAsync(page, "drill-branch-members");
    }

    [Fact]
    public async Task Every_view_is_a_bookmarkable_address_with_its_filter_sort_and_page()
    {
        var key = host.Key(Role.Admin);
        var township = (await host.GraphQLAsync(key, """{ townships(within: "152200", first: 1) { nodes { code } } }"""))
            .GetProperty("data").GetProperty("townships").GetProperty("nodes")[0].GetProperty("code").GetString();
        var expected = (await host.GraphQLAsync(key, "query($t: String!) { villages(within: $t, where: {hasServiceCenter: {eq: false}}) { totalCount } }", new { t = township }))
            .GetProperty("data").GetProperty("villages").GetProperty("totalCount").GetInt32();
        var page = await chromium.NewPageAsync(host, key, phone: true);

        await page.GotoAsync($"/#/d/{township}?f=noServiceCenter");
        await Assertions.Expect(page.Locator("select[name=f]")).ToHaveValueAsync("noServiceCenter");
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveAttributeAsync("data-total", expected.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await page.GotoAsync("/#/d/152200?n=5&s=name");
        await Assertions.Expect(page.Locator("section.list tbody tr")).ToHaveCountAsync(5);
        await page.ClickAsync("a[rel=next]");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("after="));
        await Assertions.Expect(page.Locator("section.list tbody tr")).Not.ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "drill-league-phone");

    }

    private static async Task ClickAsync(IPage page, string name)
    {
        var link = page.Locator("section.list a", new() { HasTextString = name }).First;
        await link.WaitForAsync(new() { Timeout = 15_000 });
        await link.ClickAsync();
        await page.Locator("h1", new() { HasTextString = name }).WaitForAsync(new() { Timeout = 15_000 });
    }
}

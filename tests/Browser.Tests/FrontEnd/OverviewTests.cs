using System.Globalization;
using Microsoft.Playwright;
using PartyOrg.Browser.Tests.Support;

namespace PartyOrg.Browser.Tests.FrontEnd;

public sealed class OverviewTests(BrowserHost host, Chromium chromium) : IClassFixture<BrowserHost>, IClassFixture<Chromium>
{
    private const string RegionFigures = "{ region { nameEn stats { memberCount branchCount firstSecretaryCount serviceCenterCount gridWorkerCount strongestBranchShare serviceCenterCoverage } } }";

    [Fact]
    public async Task The_cards_show_the_figures_the_API_gives_anonymous_callers()
    {
        var stats = (await host.GraphQLAsync(null, RegionFigures)).GetProperty("data").GetProperty("region").GetProperty("stats");
        var page = await OpenAsync(phone: false);

        foreach (var count in new[] { "memberCount", "branchCount", "firstSecretaryCount", "serviceCenterCount", "gridWorkerCount" })
        {
            var shown = await page.Locator($"[data-figure={count}] .card-value").InnerTextAsync();
            Assert.Equal(stats.GetProperty(count).GetInt32().ToString(CultureInfo.InvariantCulture), new string([.. shown.Where(char.IsAsciiDigit)]));
        }

        foreach (var share in new[] { "strongestBranchShare", "serviceCenterCoverage" })
        {
            var expected = stats.GetProperty(share).GetDouble().ToString("0.0", CultureInfo.InvariantCulture) + "%";
            Assert.Equal(expected, await page.Locator($"[data-figure={share}] .card-value").InnerTextAsync());
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("内蒙古自治区");
    }

    [Fact]
    public async Task Every_chart_is_drawn_on_a_canvas_that_is_not_blank()
    {
        var page = await OpenAsync(phone: false);
        var charts = new[] { "league-members", "league-strongest", "league-coverage", "by-age", "by-ethnicity", "by-education", "treemap" };

        foreach (var chart in charts)
        {
            var inked = await page.Locator($"[data-chart={chart}] canvas").EvaluateAsync<int>(InkedPixels);
            Assert.True(inked > 2000, $"The chart {chart} has {inked} non-white pixels: it was not drawn.");
        }

        var image = await Screenshots.TakeAsync(page, "overview-desktop");
        Assert.True(image.Length > 50_000, $"The overview's screenshot is {image.Length} bytes: a blank page compresses to far less.");
    }

    [Fact]
    public async Task At_phone_width_the_page_fits_the_screen_and_switches_to_English()
    {
        var page = await OpenAsync(phone: true);
        await Screenshots.TakeAsync(page, "overview-phone-zh");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than a 390 px screen.");

        var nameEn = (await host.GraphQLAsync(null, RegionFigures)).GetProperty("data").GetProperty("region").GetProperty("nameEn").GetString();
        await page.ClickAsync("button.language");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(nameEn!);
        await Assertions.Expect(page.Locator("[data-figure=memberCount] .card-label")).ToHaveTextAsync("Members");
        await page.Locator("[data-chart=treemap] canvas").WaitForAsync();
        await Screenshots.TakeAsync(page, "overview-phone-en");
    }

    private const string InkedPixels = """
        canvas => {
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) inked++;
          }
          return inked;
        }
        """;

    private async Task<IPage> OpenAsync(bool phone)
    {
        var page = await chromium.NewPageAsync(host, phone: phone);
        await page.GotoAsync("/");
        await page.Locator("[data-chart=treemap] canvas").WaitForAsync(new() { Timeout = 15_000 });
        return page;
    }
}

using Microsoft.Playwright;

namespace PartyOrg.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by test.sh) driven by Playwright; never a browser of
/// Playwright's own. The flags are those that let it run here as root, without a GPU or network services.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./test.sh, which installs Debian's chromium, or apt-get install chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
                // The CORS tests serve pages of public origins that call the API on loopback: without this, Chromium's
                // local-network-access prompt, which nobody answers here, blocks them before CORS is even asked.
                "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests"],
        });
    }

    /// <summary>A fresh page (own storage) at a desktop or a phone's width, optionally with an API key already stored.</summary>
    public async Task<IPage> NewPageAsync(BrowserHost host, string? key = null, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = host.Origin,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            Locale = "zh-CN",
        });
        if (key is not null)
        {
            await context.AddInitScriptAsync($"localStorage.setItem('partyOrg.apiKey', {System.Text.Json.JsonSerializer.Serialize(key)});");
        }

        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

using Microsoft.Playwright;

namespace PartyOrg.Browser.Tests.Support;

/// <summary>Full-page screenshots for a person to look at, in TestResults/screenshots beside the test assembly.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Writes the page as name.png and returns the image, so a test can check it is not blank.</summary>
    public static async Task<byte[]> TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        var image = await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Console.WriteLine($"Screenshot: {path}");
        return image;
    }
}

using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E;

/// <summary>
/// One headless Chromium for all browser tests (starting it is the slow part). Debian's Chromium, not a
/// Playwright download: .ci/test installs it, and Playwright must never fetch browsers.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (own cookies: one shopper) at 1200 px wide, with a patient expect timeout.</summary>
    public async Task<IPage> NewShopperAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(15_000);

        // A first page load can wait behind the suite's heaviest tests (crash, fuzz, bench) on two cores: one
        // sign-in page took over 15 s once. Waiting for content and clicks keeps the shorter limit.
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

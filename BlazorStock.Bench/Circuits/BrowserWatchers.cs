using System.Diagnostics;
using Microsoft.Playwright;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// Real Chromium tabs on the same page beside the headless circuits, to check that the headless client
/// sees what a browser sees: each tab notes, in the DOM, when the warehouse availability it shows changes.
/// </summary>
public sealed class BrowserWatchers : IAsyncDisposable
{
    // Runs in the page: the time (ms since the epoch, sub-millisecond) each new availability reached the DOM.
    private const string Observe = """
        () => {
          window.__seen = [];
          const cell = () => document.querySelector('[data-testid=warehouse-availability] tbody td.num');
          const note = () => {
            const value = parseInt(cell()?.textContent ?? '', 10);
            const last = window.__seen[window.__seen.length - 1];
            if (!isNaN(value) && (!last || last[1] !== value)) window.__seen.push([performance.timeOrigin + performance.now(), value]);
          };
          new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
          note();
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IPage> _pages = [];

    // Browser times are epoch milliseconds, the bench's are Stopwatch timestamps: one pair read together maps them.
    private readonly double _epochMsAtStart = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
    private readonly long _timestampAtStart = Stopwatch.GetTimestamp();

    private BrowserWatchers(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BrowserWatchers> OpenAsync(Uri page, int count)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var watchers = new BrowserWatchers(playwright, browser);
        for (var i = 0; i < count; i++)
        {
            var context = await browser.NewContextAsync();
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(page.ToString());
            await tab.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 60_000 });
            await tab.EvaluateAsync(Observe);
            watchers._pages.Add(tab);
        }

        return watchers;
    }

    /// <summary>Each tab's (Stopwatch timestamp, availability) changes, in order.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<(long At, int Value)>>> SeenAsync()
    {
        var all = new List<IReadOnlyList<(long, int)>>();
        foreach (var tab in _pages)
        {
            var seen = await tab.EvaluateAsync<double[][]>("() => window.__seen");
            all.Add(seen.Select(s => (_timestampAtStart + (long)((s[0] - _epochMsAtStart) * Stopwatch.Frequency / 1000), (int)s[1])).ToList());
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

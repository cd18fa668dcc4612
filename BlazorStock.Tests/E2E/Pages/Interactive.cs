using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

/// <summary>
/// Waits until a page runs in its circuit: the layout marks itself once it renders interactively. A click on
/// the prerendered HTML before that is lost.
/// </summary>
public static class Interactive
{
    public static Task WaitAsync(IPage page) => page.Locator("[data-interactive]").First.WaitForAsync(new() { Timeout = 20_000 });

    public static async Task GotoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitAsync(page);
    }
}

using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public static class StaffLive
{
    /// <summary>backoffice.js marks the page once its hub connection has joined the staff group.</summary>
    public static Task WaitAsync(IPage page) =>
        page.Locator("html[data-staff-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public static async Task GotoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitAsync(page);
    }

    public static ILocator Toasts(IPage page) => page.Locator("#staff-toasts .toast");
}

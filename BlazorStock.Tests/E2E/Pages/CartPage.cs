using System.Globalization;
using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class CartPage(IPage page)
{
    public ILocator Lines => page.Locator(".cart-line");

    public ILocator EndedNotice => page.Locator("[data-testid=ended-notice]");

    public Task GotoAsync() => Interactive.GotoAsync(page, "/cart");

    public ILocator Line(string product) => Lines.Filter(new() { HasText = product });

    public ILocator Countdown(string product) => Line(product).Locator(".countdown");

    public ILocator Extend(string product) => Line(product).GetByRole(AriaRole.Button, new() { Name = "Extend" });

    public async Task<int> SecondsLeftAsync(string product)
    {
        var text = await Countdown(product).TextContentAsync() ?? "";
        var parts = text.Trim().Split(':');
        return int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    public async Task<DateTimeOffset> ExpiresAtAsync(string product) =>
        DateTimeOffset.Parse((await Countdown(product).GetAttributeAsync("data-expires-at"))!, CultureInfo.InvariantCulture);

    public async Task CheckoutAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Checkout" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout");
    }
}

using System.Globalization;
using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class CartPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Opens the cart and waits until its live connection has joined the cart's group.</summary>
    public async Task GotoAsync()
    {
        await page.GotoAsync("/cart");
        await page.Locator("html[data-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public ILocator Lines => page.GetByRole(AriaRole.List, new() { Name = "Cart lines" }).GetByRole(AriaRole.Listitem);

    public ILocator Line(string product) => Lines.Filter(new() { HasText = product });

    public ILocator Countdown(string product) => Line(product).GetByRole(AriaRole.Timer);

    public ILocator Extend(string product) => Line(product).GetByRole(AriaRole.Button, new() { Name = "Extend" });

    public ILocator Remove(string product) => Line(product).GetByRole(AriaRole.Button, new() { Name = $"Remove {product}" });

    public ILocator EndedNotice => page.GetByTestId("ended-notice");

    public async Task<DateTimeOffset> ExpiresAtAsync(string product) =>
        DateTimeOffset.Parse((await Countdown(product).GetAttributeAsync("data-expires-at"))!, CultureInfo.InvariantCulture);

    public async Task<int> SecondsLeftAsync(string product)
    {
        var text = await Countdown(product).InnerTextAsync();
        var parts = text.Split(':');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture) * 60) + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    public Task CheckoutAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Checkout" }).ClickAsync();
}

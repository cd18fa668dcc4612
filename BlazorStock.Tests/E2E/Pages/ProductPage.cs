using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class ProductPage(IPage page)
{
    public Task GotoAsync(int productId) => Interactive.GotoAsync(page, $"/products/{productId}");

    public ILocator AddToCart(string product) => page.GetByRole(AriaRole.Button, new() { Name = $"Add {product} to cart" });

    public ILocator DropCountdown => page.Locator("[data-testid=drop-countdown]");

    public ILocator WaitlistPlace => page.Locator("[data-testid=waitlist-place]");

    public Task JoinWaitlistAsync(string product) => page.GetByRole(AriaRole.Button, new() { Name = $"Join the waitlist for {product}" }).ClickAsync();
}

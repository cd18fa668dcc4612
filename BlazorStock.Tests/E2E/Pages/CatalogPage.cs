using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class CatalogPage(IPage page)
{
    public IPage Page => page;

    public async Task GotoAsync(string query = "")
    {
        await page.GotoAsync("/" + query);
        await LiveAsync();
    }

    /// <summary>Waits until the page's SignalR connection has joined its groups, so no push is missed.</summary>
    public Task LiveAsync() => page.Locator("html[data-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public ILocator Card(string product) =>
        page.Locator(".product-card").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = product, Exact = true }) });

    public ILocator Badge(string product) => Card(product).Locator(".availability-badge");

    public ILocator Outcome(string product) => Card(product).Locator(".add-to-cart [role=status], .add-to-cart [role=alert]");

    public async Task AddToCartAsync(string product, int quantity = 1)
    {
        var card = Card(product);
        await card.GetByLabel($"Quantity of {product}").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await card.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
    }

    public ILocator CartCount => page.GetByTestId("cart-count");
}

using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class CatalogPage(IPage page)
{
    public ILocator CartIndicator => page.Locator("[data-testid=cart-indicator]");

    public Task GotoAsync(string query = "") => Interactive.GotoAsync(page, "/" + query);

    public ILocator Card(string product) => page.Locator("[data-testid=product-card]").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = product, Exact = true }) });

    public ILocator Availability(string product) => Card(product).Locator("[data-testid=availability]");

    public ILocator Outcome(string product) => Card(product).Locator(".add-to-cart [role=status], .add-to-cart [role=alert]");

    public async Task AddToCartAsync(string product, int quantity = 1)
    {
        var quantityField = Card(product).GetByLabel($"Quantity of {product}");
        await quantityField.FillAsync(quantity.ToString());
        await quantityField.BlurAsync();
        await Card(product).GetByRole(AriaRole.Button, new() { Name = $"Add {product} to cart" }).ClickAsync();
    }
}

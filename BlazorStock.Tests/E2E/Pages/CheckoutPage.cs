using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class CheckoutPage(IPage page)
{
    public IPage Page => page;

    public Task GotoAsync() => page.GotoAsync("/checkout");

    public async Task PlaceOrderAsync(string customer)
    {
        await page.GetByLabel("Your name").FillAsync(customer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
    }
}

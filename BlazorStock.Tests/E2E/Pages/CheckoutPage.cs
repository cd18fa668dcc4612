using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class CheckoutPage(IPage page)
{
    public async Task PlaceOrderAsync(string customer)
    {
        await page.GetByLabel("Your name").FillAsync(customer);
        await page.Locator("[data-testid=place-order]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/orders/[0-9a-f-]{36}$"));
    }
}

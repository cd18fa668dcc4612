using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class OrderDetailPage(IPage page)
{
    public ILocator Status => page.Locator("#order-panel h1 + [data-testid=order-status]");

    public ILocator Action(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Actions => page.Locator("#order-panel .card-body button[type=submit]");

    public async Task CreateAsync(string customer, string product, int quantity)
    {
        await StaffLive.GotoAsync(page, "/staff/orders/new");
        await page.GetByLabel("Customer").FillAsync(customer);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Product, line 1" }).SelectOptionAsync(new SelectOptionValue { Label = product });
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Quantity, line 1" }).FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create order" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/staff/orders/[0-9a-f-]{36}$"));
        await StaffLive.WaitAsync(page);
    }
}

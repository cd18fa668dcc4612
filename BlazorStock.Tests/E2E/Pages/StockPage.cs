using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class StockPage(IPage page)
{
    public Task GotoAsync() => StaffLive.GotoAsync(page, "/staff/stock");

    public async Task AdjustAsync(string product, string warehouse, int delta, string reason)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Receive or correct stock" });
        await form.GetByLabel("Product").SelectOptionAsync(new SelectOptionValue { Label = product });
        await form.GetByLabel("Warehouse").SelectOptionAsync(new SelectOptionValue { Label = warehouse });
        await form.GetByLabel("Change").FillAsync(delta.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Reason").FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
    }
}

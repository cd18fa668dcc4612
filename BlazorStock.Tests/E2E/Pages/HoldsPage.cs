using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class HoldsPage(IPage page)
{
    public Task GotoAsync(string query = "") => StaffLive.GotoAsync(page, "/staff/holds" + query);

    public ILocator Rows => page.GetByRole(AriaRole.Table, new() { Name = "Holds" }).Locator("tbody").GetByRole(AriaRole.Row);

    public ILocator Row(string product) => Rows.Filter(new() { HasText = product });

    public ILocator Status(string product) => Row(product).GetByTestId("hold-status");

    public async Task ReleaseAsync(string product, string reason)
    {
        var row = Row(product);
        await row.GetByText("Release / extend").ClickAsync();
        await row.GetByRole(AriaRole.Textbox, new() { Name = $"Reason for {product}" }).FillAsync(reason);
        await row.GetByRole(AriaRole.Button, new() { Name = "Release", Exact = true }).ClickAsync();
    }
}

using Microsoft.Playwright;

namespace BlazorStock.Tests.E2E.Pages;

public sealed class DashboardPage(IPage page)
{
    public Task GotoAsync() => StaffLive.GotoAsync(page, "/staff");

    public ILocator Stat(string key) => page.GetByTestId($"stat-{key}").Locator(".stat-value");

    public ILocator StockRow(string product, string warehouse) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Stock levels" }).GetByRole(AriaRole.Row).Filter(new() { HasText = product }).Filter(new() { HasText = warehouse });

    public ILocator Available(string product, string warehouse) => StockRow(product, warehouse).GetByTestId("available");

    public ILocator Flag(string product, string warehouse) => StockRow(product, warehouse).GetByTestId("stock-flag");
}

using BlazorStock.Tests.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

/// <summary>
/// The back office with some activity, 1280 px wide. Writes docs/screenshots/backoffice-*.png when
/// BLAZORSTOCK_SCREENSHOTS=1 (to refresh the committed pictures), otherwise to a temp folder; either way it
/// checks what the pictures must show.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeScreenshotTests(BrowserFixture browser)
{
    [Fact]
    public async Task Dashboard_holds_orders_order_detail_stock_and_consistency()
    {
        await using var app = StaffApp.Start();
        foreach (var (sku, quantity) in new[] { ("DESK-WAL", 2), ("LAMP-DSK", 1), ("CHAIR-ERG", 3), ("DROP-SNKR", 1), ("MON-27", 2) })
        {
            using var shopper = await app.ShopperAsync();
            await shopper.HoldAsync(await app.ProductIdAsync(sku), quantity);
        }

        var page = await browser.NewShopperAsync(app.BaseUrl);
        await page.SetViewportSizeAsync(1280, 900);
        var folder = ScreenshotFolder.Create();
        await new StaffSignInPage(page).SignInAsync(StaffApp.AdminEmail, StaffApp.AdminPassword);
        var order = new OrderDetailPage(page);
        await order.CreateAsync("Ada Lovelace", "Oak Bookshelf (SHELF-OAK)", 1);
        await order.Action("Confirm order").ClickAsync();
        await Expect(order.Status).ToHaveTextAsync("Confirmed");
        await order.CreateAsync("Grace Hopper", "27\" Monitor (MON-27)", 2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check availability" }).ClickAsync();
        await Expect(page.GetByTestId("availability")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "backoffice-order-detail.png"), FullPage = true });

        var dashboard = new DashboardPage(page);
        await dashboard.GotoAsync();
        await Expect(dashboard.Stat("active-holds")).ToHaveTextAsync("6");
        await page.Locator("canvas[data-chart]").WaitForAsync();
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-chart]'))");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "backoffice-dashboard.png") });

        var holds = new HoldsPage(page);
        await holds.GotoAsync();
        await Expect(holds.Rows).ToHaveCountAsync(7);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "backoffice-holds.png") });

        await StaffLive.GotoAsync(page, "/staff/orders");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Orders" }).Locator("tbody tr")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "backoffice-orders.png") });

        await new StockPage(page).GotoAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "backoffice-stock.png") });

        await StaffLive.GotoAsync(page, "/staff/consistency");
        await Expect(page.GetByTestId("consistent")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "backoffice-consistency.png") });

        foreach (var name in new[] { "dashboard", "holds", "orders", "order-detail", "stock", "consistency" })
        {
            Assert.True(new FileInfo(Path.Combine(folder, $"backoffice-{name}.png")).Length > 10_000, $"{name} looks empty");
        }
    }
}

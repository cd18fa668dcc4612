using System.Text.RegularExpressions;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

/// <summary>Warehouse staff in a real browser against the app on a real port (issue 4).</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_sees_a_shoppers_hold_appear_live_and_releases_it_with_a_reason_which_the_shopper_sees()
    {
        await using var app = StaffApp.Start();
        var desk = await app.ProductIdAsync("DESK-WAL");
        var lamp = await app.ProductIdAsync("LAMP-DSK");
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var dashboard = new DashboardPage(page);
        var holds = new HoldsPage(page);

        await new StaffSignInPage(page).SignInAsync(StaffApp.StaffEmail, StaffApp.StaffPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await Expect(dashboard.Stat("active-holds")).ToHaveTextAsync("0");
        await Expect(dashboard.Available("Walnut Desk", "MAIN")).ToHaveTextAsync("8");

        using var shopper = await app.ShopperAsync();
        await shopper.HoldAsync(desk, 2);
        await Expect(dashboard.Stat("active-holds")).ToHaveTextAsync("1");
        await Expect(dashboard.Stat("units-on-hold")).ToHaveTextAsync("2");
        await Expect(dashboard.Available("Walnut Desk", "MAIN")).ToHaveTextAsync("6");

        await holds.GotoAsync("?status=Active");
        await Expect(holds.Rows).ToHaveCountAsync(1);
        await shopper.HoldAsync(lamp, 1);
        await Expect(holds.Row("Desk Lamp")).ToHaveCountAsync(1);
        await Expect(holds.Rows).ToHaveCountAsync(2);

        await holds.ReleaseAsync("Walnut Desk", "Customer asked by phone");
        await Expect(StaffLive.Toasts(page).Filter(new() { HasText = "Released the hold on 2 × Walnut Desk" })).ToBeVisibleAsync();
        await Expect(holds.Row("Walnut Desk")).ToHaveCountAsync(0);

        var cart = await shopper.CartAsync();
        var left = cart.GetProperty("holds").EnumerateArray().Select(h => h.GetProperty("productName").GetString()).ToList();
        Assert.Equal(["Desk Lamp"], left);
        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<StockDbContext>().AuditEntries.SingleAsync(a => a.Action == "hold.released");
        Assert.Equal((StaffApp.StaffEmail, "Released by staff: Customer asked by phone"), (audit.Actor, audit.Reason));
    }

    [Fact]
    public async Task Staff_moves_an_order_through_its_states_with_only_the_valid_next_step_offered()
    {
        await using var app = StaffApp.Start();
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var order = new OrderDetailPage(page);
        await new StaffSignInPage(page).SignInAsync(StaffApp.StaffEmail, StaffApp.StaffPassword);

        await order.CreateAsync("Grace Hopper", "Oak Bookshelf (SHELF-OAK)", 2);
        await Expect(StaffLive.Toasts(page).Filter(new() { HasText = "Order for Grace Hopper created; its stock is held." })).ToBeVisibleAsync();
        await Expect(order.Status).ToHaveTextAsync("Pending");
        await Expect(order.Action("Mark shipped")).ToHaveCountAsync(0);

        foreach (var (button, status) in new[] { ("Confirm order", "Confirmed"), ("Start processing", "Processing"), ("Mark shipped", "Shipped"), ("Mark delivered", "Delivered") })
        {
            await Expect(order.Actions.First).ToHaveTextAsync(button);
            await order.Action(button).ClickAsync();
            await Expect(order.Status).ToHaveTextAsync(status);
        }

        await Expect(order.Actions).ToHaveCountAsync(0);
        await Expect(page.GetByText("nothing more to do")).ToBeVisibleAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var shelf = await db.Products.SingleAsync(p => p.Sku == "SHELF-OAK");
        Assert.Equal(8 - 2, await db.StockLevels.Where(s => s.ProductId == shelf.Id).SumAsync(s => s.OnHand));
    }

    [Fact]
    public async Task Receiving_stock_updates_the_numbers_and_the_low_stock_flag_live_on_another_staff_screen()
    {
        await using var app = StaffApp.Start();
        var watcher = await browser.NewShopperAsync(app.BaseUrl);
        var worker = await browser.NewShopperAsync(app.BaseUrl);
        var dashboard = new DashboardPage(watcher);
        await new StaffSignInPage(watcher).SignInAsync(StaffApp.AdminEmail, StaffApp.AdminPassword);
        await new StaffSignInPage(worker).SignInAsync(StaffApp.StaffEmail, StaffApp.StaffPassword, "/staff/stock");

        await Expect(dashboard.Available("Meeting Table", "MAIN")).ToHaveTextAsync("2");
        await Expect(dashboard.Flag("Meeting Table", "MAIN")).ToHaveTextAsync("Low stock");

        await new StockPage(worker).AdjustAsync("Meeting Table (TABLE-MEET)", "MAIN", 10, "Delivery 4711");
        await Expect(StaffLive.Toasts(worker).Filter(new() { HasText = "Received 10: now 12 on hand, 12 available." })).ToBeVisibleAsync();

        await Expect(dashboard.Available("Meeting Table", "MAIN")).ToHaveTextAsync("12");
        await Expect(dashboard.Flag("Meeting Table", "MAIN")).ToHaveTextAsync("OK");
    }
}

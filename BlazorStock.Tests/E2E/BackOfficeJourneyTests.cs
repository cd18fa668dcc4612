using System.Text.RegularExpressions;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class BackOfficeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_shoppers_hold_shows_live_to_staff_who_release_it_with_a_reason_and_the_shoppers_cart_loses_it_live()
    {
        await using var app = StaffApp.Start();
        var staff = await SignedInAsync(app, StaffApp.StaffEmail, StaffApp.StaffPassword);
        await Expect(ActiveHolds(staff)).ToHaveTextAsync("0");
        var shopper = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(shopper);
        await catalog.GotoAsync();

        await catalog.AddToCartAsync("Desk Lamp", 2);

        await Expect(ActiveHolds(staff)).ToHaveTextAsync("1");
        await Interactive.GotoAsync(staff, "/staff/holds?status=Active");
        var row = staff.Locator("[data-testid=holds-grid] tbody tr").Filter(new() { HasText = "Desk Lamp" });
        await Expect(row).ToHaveCountAsync(1);
        var cart = new CartPage(shopper);
        await cart.GotoAsync();
        await Expect(cart.Lines).ToHaveCountAsync(1);

        await row.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await staff.Locator("[data-testid=reason]").FillAsync("Damaged in the warehouse");
        await staff.Locator("[data-testid=confirm]").ClickAsync();

        await Expect(cart.Lines).ToHaveCountAsync(0);
        await Expect(cart.EndedNotice).ToContainTextAsync("the shop released it");
        await Expect(cart.EndedNotice).ToContainTextAsync("Damaged in the warehouse");
        await Expect(row).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_order_moves_through_its_states_offering_only_the_moves_the_domain_allows()
    {
        await using var app = StaffApp.Start();
        var lampId = await app.ProductIdAsync("LAMP-DSK");
        var order = await app.Services.RunAsync<OrderService, Order>(o => o.CreateAsync("Grace Hopper", [new OrderLineRequest(lampId, 2)], reserve: true, CancellationToken.None));
        var staff = await SignedInAsync(app, StaffApp.StaffEmail, StaffApp.StaffPassword);
        await Interactive.GotoAsync(staff, $"/staff/orders/{order.Id}");
        var actions = staff.Locator("[data-testid=order-actions]");

        // Unpaid: it can be paid or cancelled, never confirmed or shipped.
        await Expect(actions.GetByRole(AriaRole.Button)).ToHaveTextAsync(["Record payment", "Reserve stock", "Release reservations", "Check availability", "Cancel order"]);
        await actions.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await staff.Locator("[data-testid=reason]").FillAsync("INV-2026-001");
        await staff.Locator("[data-testid=confirm]").ClickAsync();
        await Expect(staff.Locator("[data-testid=payment-status]")).ToHaveTextAsync("Paid");

        foreach (var (button, status) in new[] { ("Confirm", "Confirmed"), ("Start processing", "Processing"), ("Mark shipped", "Shipped"), ("Mark delivered", "Delivered") })
        {
            await actions.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await Expect(staff.Locator("h1 + [data-testid=order-status], [data-testid=order-status]").First).ToHaveTextAsync(status);
        }

        await Expect(actions.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(actions).ToContainTextAsync("nothing more to do");
    }

    [Fact]
    public async Task Receiving_stock_on_one_screen_updates_the_numbers_and_the_low_stock_flag_on_another()
    {
        await using var app = StaffApp.Start();
        var receiving = await SignedInAsync(app, StaffApp.StaffEmail, StaffApp.StaffPassword, "/staff/stock");
        var watching = await SignedInAsync(app, StaffApp.AdminEmail, StaffApp.AdminPassword);
        var watched = watching.Locator("[data-testid=stock-table] tr[data-warehouse=MAIN]").Filter(new() { HasText = "Meeting Table" });
        await Expect(watched.Locator("[data-testid=low-stock]")).ToBeVisibleAsync();

        var row = receiving.Locator("[data-testid=stock-levels] tr[data-warehouse=MAIN]").Filter(new() { HasText = "Meeting Table" });
        await row.Locator("[data-testid=adjust]").ClickAsync();
        await receiving.Locator("[data-testid=delta]").FillAsync("10");
        await receiving.Locator("[data-testid=adjust-reason]").FillAsync("Delivery 4711");
        await receiving.Locator("[data-testid=apply]").ClickAsync();

        await Expect(row.Locator("[data-testid=on-hand]")).ToHaveTextAsync("12");
        await Expect(watched.Locator("td").Nth(2)).ToHaveTextAsync("12");
        await Expect(watched.Locator("[data-testid=low-stock]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_holds_grids_filter_lives_in_its_address_survives_a_reload_and_the_csv_export_has_the_filtered_rows()
    {
        await using var app = StaffApp.Start();
        var shopper = await app.ShopperAsync();
        await shopper.HoldAsync(await app.ProductIdAsync("LAMP-DSK"), 1);
        await shopper.HoldAsync(await app.ProductIdAsync("NOTE-A5"), 3);
        var staff = await SignedInAsync(app, StaffApp.StaffEmail, StaffApp.StaffPassword, "/staff/holds");
        var rows = staff.Locator("[data-testid=holds-grid] tbody tr");
        await Expect(rows).ToHaveCountAsync(2);

        await staff.Locator("[data-testid=hold-filters] .mud-input-control").Filter(new() { HasText = "Product" }).ClickAsync();
        await staff.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Notebook A5") }).ClickAsync();
        await Expect(staff).ToHaveURLAsync(new Regex(@"/staff/holds\?product=\d+$"));
        await Expect(rows).ToHaveCountAsync(1);

        await staff.ReloadAsync();
        await Interactive.WaitAsync(staff);
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Notebook A5");

        var download = await staff.RunAndWaitForDownloadAsync(() => staff.Locator("[data-testid=export]").ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("id,created_at,product_id,sku,product", csv[0], StringComparison.Ordinal);
        Assert.Single(csv.Skip(1));
        Assert.Contains("Notebook A5", csv[1], StringComparison.Ordinal);
    }

    private static ILocator ActiveHolds(IPage page) => page.Locator("[data-testid=stats] [role=group][aria-label='Active holds'] [data-testid=stat-value]");

    private async Task<IPage> SignedInAsync(LiveApp app, string email, string password, string returnUrl = "/staff")
    {
        var page = await browser.NewShopperAsync(app.BaseUrl);
        await new StaffSignInPage(page).SignInAsync(email, password, returnUrl);
        return page;
    }
}

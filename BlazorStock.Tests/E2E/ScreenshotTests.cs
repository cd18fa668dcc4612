using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

/// <summary>
/// The pictures in docs/screenshots (written there with BLAZORSTOCK_SCREENSHOTS=1, to a temp folder
/// otherwise), taken of the demo shop at 1280 and 390 px. Each page must also fit a phone's width: nothing
/// may make it scroll sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    private readonly string _folder = ScreenshotFolder.Create();

    [Fact]
    public async Task Storefront_pages_at_desktop_and_phone_width()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = StaffApp.Start(f => f.Clock = clock);
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(page);
        await catalog.GotoAsync();

        // Three lines in the three colours: held 14½, 10½ and 3½ minutes before the picture.
        await catalog.AddToCartAsync("Desk Lamp");
        clock.Advance(TimeSpan.FromMinutes(4));
        await catalog.AddToCartAsync("Walnut Desk");
        clock.Advance(TimeSpan.FromMinutes(7));
        await catalog.AddToCartAsync("Notebook A5", 3);
        clock.Advance(TimeSpan.FromMinutes(3.5));
        await Expect(catalog.CartIndicator).ToHaveAttributeAsync("aria-label", "Cart, 5 items held");

        foreach (var width in new[] { 1280, 390 })
        {
            var suffix = width == 1280 ? "" : "-390";
            await page.SetViewportSizeAsync(width, width == 1280 ? 900 : 844);
            await ShootAsync(page, "/", $"catalog{suffix}");
            await ShootAsync(page, $"/products/{await app.ProductIdAsync("KIT-HOME")}", $"product{suffix}");
            await ShootAsync(page, "/cart", $"cart{suffix}");
            await ShootAsync(page, "/checkout", $"checkout{suffix}");
        }

        await page.SetViewportSizeAsync(1280, 900);
        await Interactive.GotoAsync(page, "/checkout");
        await new CheckoutPage(page).PlaceOrderAsync("Ada Lovelace");
        await Interactive.WaitAsync(page);
        await new OrderPage(page).PayAsync();
        await Expect(new OrderPage(page).Status).ToHaveTextAsync("Confirmed");
        var order = page.Url;
        foreach (var width in new[] { 1280, 390 })
        {
            var suffix = width == 1280 ? "" : "-390";
            await page.SetViewportSizeAsync(width, width == 1280 ? 900 : 844);
            await ShootAsync(page, order, $"order{suffix}");
            await ShootAsync(page, "/orders", $"my-orders{suffix}");
        }
    }

    [Fact]
    public async Task Back_office_pages_hangfire_and_the_phone_layout()
    {
        await using var app = StaffApp.Start();
        var shopper = await app.ShopperAsync();
        await shopper.HoldAsync(await app.ProductIdAsync("LAMP-DSK"), 2);
        await shopper.HoldAsync(await app.ProductIdAsync("CAM-X100"), 1);
        var lamp = await app.ProductIdAsync("LAMP-DSK");
        var order = await app.Services.RunAsync<OrderService, Order>(o => o.CreateAsync("Grace Hopper", [new OrderLineRequest(lamp, 3)], reserve: true, CancellationToken.None));
        await app.Services.RunAsync<ReportService, DailyReport>(r => r.CreateDailyReportAsync(CancellationToken.None));
        var staff = await browser.NewShopperAsync(app.BaseUrl);
        await staff.SetViewportSizeAsync(1280, 900);
        await ShootAsync(staff, "/staff/sign-in", "backoffice-sign-in", interactive: false);
        await new StaffSignInPage(staff).SignInAsync(StaffApp.AdminEmail, StaffApp.AdminPassword);

        foreach (var (path, name) in new[]
        {
            ("/staff", "backoffice-dashboard"), ("/staff/holds", "backoffice-holds"), ("/staff/history", "backoffice-history"),
            ($"/staff/history/order/{order.Id}", "backoffice-timeline"), ("/staff/orders", "backoffice-orders"),
            ("/staff/orders/new", "backoffice-new-order"), ($"/staff/orders/{order.Id}", "backoffice-order-detail"), ("/staff/stock", "backoffice-stock"),
            ($"/staff/catalog/{await app.ProductIdAsync("CAM-X100")}", "backoffice-product"), ("/staff/units", "backoffice-units"),
            ("/staff/consistency", "backoffice-consistency"), ("/staff/analytics", "backoffice-analytics"),
            ("/staff/reports", "backoffice-reports"), ("/staff/jobs", "jobs"),
        })
        {
            await ShootAsync(staff, path, name);
        }

        await ShootAsync(staff, "/hangfire/recurring", "hangfire-recurring", interactive: false);

        // Warehouse staff on an admin page.
        var warehouse = await browser.NewShopperAsync(app.BaseUrl);
        await warehouse.SetViewportSizeAsync(1280, 900);
        await new StaffSignInPage(warehouse).SignInAsync(StaffApp.StaffEmail, StaffApp.StaffPassword);
        await ShootAsync(warehouse, "/staff/jobs", "backoffice-access-denied");

        await staff.SetViewportSizeAsync(390, 844);
        await ShootAsync(staff, "/staff", "backoffice-dashboard-390");
        await ShootAsync(staff, "/staff/holds", "backoffice-holds-390");
    }

    [Fact]
    public async Task Shopper_account_pages_a_waitlist_and_a_hand_off_in_the_cart()
    {
        await using var app = StaffApp.Start();
        var page = await browser.NewShopperAsync(app.BaseUrl);
        await page.SetViewportSizeAsync(1280, 900);
        await ShootAsync(page, "/account/sign-in", "shopper-sign-in", interactive: false);
        await new ShopperSignInPage(page).SignUpAsync("ada@example.com", "Shopper#Shot2026");

        // An order to list, placed by the signed-in shopper.
        var catalog = new CatalogPage(page);
        await catalog.GotoAsync();
        await catalog.AddToCartAsync("Notebook A5", 2);
        await Expect(catalog.CartIndicator).ToHaveAttributeAsync("aria-label", "Cart, 2 items held");
        await Interactive.GotoAsync(page, "/checkout");
        await new CheckoutPage(page).PlaceOrderAsync("Ada Lovelace");
        await Interactive.WaitAsync(page);
        await new OrderPage(page).PayAsync();
        await Expect(new OrderPage(page).Status).ToHaveTextAsync("Confirmed");
        await ShootAsync(page, "/orders", "shopper-my-orders");
        await ShootAsync(page, "/account", "shopper-account", interactive: false);

        // A drop that opens in two hours, limited to one per signed-in customer.
        var drop = await app.Services.ProductAsync(await app.Services.WarehouseAsync("DROP"), "Drop Sneaker", 50,
            d => d with { PerCustomerLimit = 1, RequiresSignIn = true, DropStartsAt = DateTimeOffset.UtcNow.AddHours(2) });
        await ShootAsync(page, $"/products/{drop.Id}", "product-drop");

        // Someone else holds every lamp: the page offers the waitlist; then their hold is released and the lamp is handed on.
        var lamp = await app.ProductIdAsync("LAMP-DSK");
        var other = await app.ShopperAsync();
        await other.HoldAsync(lamp, await app.Services.AvailableAsync(lamp));
        var product = new ProductPage(page);
        await product.GotoAsync(lamp);
        await product.JoinWaitlistAsync("Desk Lamp");
        await Expect(product.WaitlistPlace).ToContainTextAsync("number 1");
        await ShootAsync(page, $"/products/{lamp}", "product-waitlist");
        var staff = await browser.NewShopperAsync(app.BaseUrl);
        await staff.SetViewportSizeAsync(1280, 900);
        await new StaffSignInPage(staff).SignInAsync(StaffApp.StaffEmail, StaffApp.StaffPassword);
        await ShootAsync(staff, "/staff/waitlists", "backoffice-waitlists");
        var held = (await other.CartAsync()).GetProperty("holds")[0].GetProperty("id").GetString();
        (await other.DeleteAsync($"/api/cart/holds/{held}")).EnsureSuccessStatusCode();
        await Interactive.GotoAsync(page, "/cart");
        await Expect(new CartPage(page).Line("Desk Lamp")).ToContainTextAsync("From the waitlist");
        await ShootAsync(page, "/cart", "cart-hand-off");
    }

    private async Task ShootAsync(IPage page, string path, string name, bool interactive = true)
    {
        await page.GotoAsync(path);
        if (interactive)
        {
            await Interactive.WaitAsync(page);
        }

        // Charts and countdowns settle; the picture shows the live page, not its prerendered first paint.
        await page.WaitForTimeoutAsync(800);
        var width = page.ViewportSize!.Width;
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{path} is {scrollWidth} px wide at {width} px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(_folder, $"{name}.png"), FullPage = width == 1280 });
    }
}

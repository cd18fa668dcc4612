using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class ShopperJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Countdown_ticks_Extend_moves_the_expiry_and_an_expired_line_leaves_live_with_a_notice()
    {
        await using var app = LiveApp.Start(f =>
        {
            f.Settings["Holds:Duration"] = "00:00:10";
            f.Settings["Holds:ExtensionLength"] = "00:00:05";
            f.Settings["Holds:MaxAge"] = "00:01:00";
        });
        var desk = await app.Services.ProductAsync(await app.Services.WarehouseAsync(), "Walnut Desk", 3);
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(page);
        var cart = new CartPage(page);

        await catalog.GotoAsync();
        await catalog.AddToCartAsync("Walnut Desk");
        await Expect(catalog.Outcome("Walnut Desk")).ToContainTextAsync("Added 1 to your cart");
        await Expect(catalog.CartCount).ToHaveTextAsync("1");

        await cart.GotoAsync();
        await Expect(cart.Countdown("Walnut Desk")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^00:(0[1-9]|10)$"));
        var first = await cart.SecondsLeftAsync("Walnut Desk");
        await Expect(cart.Countdown("Walnut Desk")).Not.ToHaveTextAsync($"00:{first:00}");
        Assert.True(await cart.SecondsLeftAsync("Walnut Desk") < first, "the countdown should be going down");

        var before = await cart.ExpiresAtAsync("Walnut Desk");
        var beforeAttribute = (await cart.Countdown("Walnut Desk").GetAttributeAsync("data-expires-at"))!;
        await cart.Extend("Walnut Desk").ClickAsync();
        await Expect(cart.Countdown("Walnut Desk")).Not.ToHaveAttributeAsync("data-expires-at", beforeAttribute);
        Assert.Equal(TimeSpan.FromSeconds(5), await cart.ExpiresAtAsync("Walnut Desk") - before);

        await Expect(cart.Lines).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(cart.EndedNotice).ToContainTextAsync("Walnut Desk");
        await Expect(cart.EndedNotice).ToContainTextAsync("your hold expired");
        await Expect(catalog.CartCount).ToHaveTextAsync("0");
        Assert.Equal(3, await app.Services.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Checkout_and_payment_confirm_the_order_and_reduce_the_stock()
    {
        await using var app = LiveApp.Start();
        var desk = await app.Services.ProductAsync(await app.Services.WarehouseAsync(), "Walnut Desk", 3);
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(page);
        var cart = new CartPage(page);
        var order = new OrderPage(page);

        await catalog.GotoAsync();
        await Expect(catalog.Badge("Walnut Desk")).ToHaveTextAsync("Only 3 left");
        await catalog.AddToCartAsync("Walnut Desk", 2);
        await Expect(catalog.CartCount).ToHaveTextAsync("2");
        await cart.GotoAsync();
        await cart.CheckoutAsync();
        await new CheckoutPage(page).PlaceOrderAsync("Ada Lovelace");

        await Expect(order.Status).ToHaveTextAsync("Awaiting payment");
        await order.DeclineAsync();
        await Expect(order.Alert).ToContainTextAsync("The payment was declined");
        await Expect(order.Status).ToHaveTextAsync("Awaiting payment");
        await order.PayAsync();
        await Expect(order.Status).ToHaveTextAsync("Confirmed");
        // The POST's "Payment received" notice can be replaced at once by the live refresh of the same panel,
        // so the check is on what the panel always says for a paid order.
        await Expect(page.GetByText("Paid. Your order is confirmed")).ToBeVisibleAsync();

        await catalog.GotoAsync();
        await Expect(catalog.Badge("Walnut Desk")).ToHaveTextAsync("Only 1 left");
        await Expect(catalog.CartCount).ToHaveTextAsync("0");
        Assert.Equal(1, await app.Services.AvailableAsync(desk.Id));
    }
}

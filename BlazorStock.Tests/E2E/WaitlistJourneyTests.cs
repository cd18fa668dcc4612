using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

/// <summary>What only a browser shows of issue 17: a hand-off arriving live on an open page, and a drop opening on every open page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WaitlistJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Shopper_b_waits_for_a_sold_out_lamp_a_s_hold_lapses_and_b_s_open_cart_shows_the_hand_off_live_then_b_checks_out()
    {
        await using var app = LiveApp.Start(f => f.Settings["Holds:Duration"] = "00:00:10");
        var lamp = await app.Services.ProductAsync(await app.Services.WarehouseAsync(), "Limited Lamp", 1);
        var a = await browser.NewShopperAsync(app.BaseUrl);
        var b = await browser.NewShopperAsync(app.BaseUrl);

        var catalogA = new CatalogPage(a);
        await catalogA.GotoAsync();
        await catalogA.AddToCartAsync("Limited Lamp");
        await Expect(catalogA.Outcome("Limited Lamp")).ToContainTextAsync("Added 1 to your cart");

        var productB = new ProductPage(b);
        await productB.GotoAsync(lamp.Id);
        await productB.JoinWaitlistAsync("Limited Lamp");
        await Expect(productB.WaitlistPlace).ToContainTextAsync("number 1");

        // A's page stays open: its cart's clock releases the lapsed hold, and that write hands the lamp to B.
        var cartB = new CartPage(b);
        await cartB.GotoAsync();
        await Expect(cartB.Line("Limited Lamp")).ToContainTextAsync("From the waitlist", new() { Timeout = 40_000 });
        await Expect(b.Locator(".mud-snackbar")).ToContainTextAsync("Your turn on the waitlist");
        await Expect(catalogA.CartIndicator).ToHaveAttributeAsync("aria-label", "Cart, empty");

        await cartB.CheckoutAsync();
        await Interactive.WaitAsync(b);
        await new CheckoutPage(b).PlaceOrderAsync("Bea");
        await Interactive.WaitAsync(b);
        await Expect(new OrderPage(b).Status).ToHaveTextAsync("Awaiting payment");
    }

    [Fact]
    public async Task A_drop_opens_at_its_time_and_two_open_pages_enable_add_to_cart_live()
    {
        // The pages load while the opening is far off (a loaded machine may take seconds per page); staff then move it
        // a few seconds ahead, and both open pages re-arm, count down and enable themselves at that instant.
        await using var app = LiveApp.Start();
        ProductDetails details = null!;
        var drop = await app.Services.ProductAsync(await app.Services.WarehouseAsync(), "Drop Sneaker", 5, d => details = d with { DropStartsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var pages = new[] { await browser.NewShopperAsync(app.BaseUrl), await browser.NewShopperAsync(app.BaseUrl) };
        foreach (var page in pages)
        {
            var product = new ProductPage(page);
            await product.GotoAsync(drop.Id);
            await Expect(product.DropCountdown).ToBeVisibleAsync();
            await Expect(product.AddToCart("Drop Sneaker")).ToBeDisabledAsync();
        }

        var opens = DateTimeOffset.UtcNow.AddSeconds(4);
        await app.Services.RunAsync<CatalogService, Product>(c => c.UpdateProductAsync(drop.Id, details with { DropStartsAt = opens }, null, CancellationToken.None));
        foreach (var page in pages)
        {
            var product = new ProductPage(page);
            await Expect(product.AddToCart("Drop Sneaker")).ToBeEnabledAsync(new() { Timeout = 30_000 });
            await Expect(product.DropCountdown).ToHaveCountAsync(0);
        }

        Assert.True(DateTimeOffset.UtcNow >= opens, "a page enabled Add to cart before the opening");
        await new ProductPage(pages[1]).AddToCart("Drop Sneaker").ClickAsync();
        await Expect(pages[1].Locator(".add-to-cart [role=status]")).ToContainTextAsync("Added 1");
    }
}

using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class LastUnitRaceTests(BrowserFixture browser)
{
    [Fact]
    public async Task One_shopper_holds_the_last_unit_the_other_sees_it_held_then_free_again_live()
    {
        await using var app = LiveApp.Start();
        await app.Services.ProductAsync(await app.Services.WarehouseAsync(), "Limited Sneaker", 1);
        var first = new CatalogPage(await browser.NewShopperAsync(app.BaseUrl));
        var second = new CatalogPage(await browser.NewShopperAsync(app.BaseUrl));
        await first.GotoAsync();
        await second.GotoAsync();
        await Expect(second.Badge("Limited Sneaker")).ToHaveTextAsync("Only 1 left");

        await first.AddToCartAsync("Limited Sneaker");
        await Expect(first.Outcome("Limited Sneaker")).ToContainTextAsync("Added 1 to your cart");

        await Expect(second.Badge("Limited Sneaker")).ToHaveTextAsync("Held by other shoppers — may free up in about 15 min");
        await second.AddToCartAsync("Limited Sneaker");
        await Expect(second.Outcome("Limited Sneaker")).ToHaveTextAsync("None left to hold right now.");

        var cart = new CartPage(first.Page);
        await cart.GotoAsync();
        await cart.Remove("Limited Sneaker").ClickAsync();
        await Expect(cart.Lines).ToHaveCountAsync(0);

        await Expect(second.Badge("Limited Sneaker")).ToHaveTextAsync("Only 1 left");
        await second.AddToCartAsync("Limited Sneaker");
        await Expect(second.Outcome("Limited Sneaker")).ToContainTextAsync("Added 1 to your cart");
    }
}

using System.Text.RegularExpressions;
using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

/// <summary>
/// The demo shop as a shopper sees it, with a cart whose holds are in all three countdown colours. Writes
/// docs/screenshots/*.png when BLAZORSTOCK_SCREENSHOTS=1 (to refresh the committed pictures), otherwise to
/// a temp folder; either way it checks what the pictures must show.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ScreenshotTests(BrowserFixture browser)
{
    [Fact]
    public async Task Catalog_cart_with_all_three_countdown_colours_and_checkout()
    {
        // The browser counts down on the real clock; the server's clock is moved back while adding, so holds
        // are made with 30 s, 3 min and 15 min left "now".
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = LiveApp.Start(f =>
        {
            f.Clock = clock;
            f.Settings["Seed:DemoData"] = "true";
        });
        await OthersHoldAsync(app, "MON-27", HoldOwner.Cart("another-shopper"), 10);
        await OthersHoldAsync(app, "HP-NC", HoldOwner.Manual("store display"), 10);
        await OthersHoldAsync(app, "DROP-SNKR", HoldOwner.Manual("store display"), 3);
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(page);
        var cart = new CartPage(page);
        var folder = ScreenshotFolder.Create();

        foreach (var (product, left) in new[] { ("Walnut Desk", TimeSpan.FromMinutes(15)), ("Wireless Keyboard", TimeSpan.FromMinutes(3)), ("Desk Lamp", TimeSpan.FromSeconds(40)) })
        {
            clock.Set(DateTimeOffset.UtcNow + left - TimeSpan.FromMinutes(15));
            await catalog.GotoAsync();
            await catalog.AddToCartAsync(product);
            await Expect(catalog.Outcome(product)).ToContainTextAsync("Added 1");
        }

        clock.Set(DateTimeOffset.UtcNow);
        await catalog.GotoAsync();
        await Expect(catalog.Badge("Home Office Bundle")).ToHaveTextAsync("In stock");
        await Expect(catalog.Badge("Limited Edition Sneaker")).ToHaveTextAsync("Only 2 left");
        await Expect(catalog.Badge("27\" Monitor")).ToHaveTextAsync("Held by other shoppers — may free up in about 15 min");
        await Expect(catalog.Badge("Noise-Cancelling Headphones")).ToHaveTextAsync("Sold out");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "catalog.png") });

        // The cart and checkout are short pages: a shorter window keeps their pictures small.
        await page.SetViewportSizeAsync(1200, 640);
        await cart.GotoAsync();
        await Expect(cart.Countdown("Walnut Desk")).ToHaveClassAsync(Band("green"));
        await Expect(cart.Countdown("Wireless Keyboard")).ToHaveClassAsync(Band("yellow"));
        await Expect(cart.Countdown("Desk Lamp")).ToHaveClassAsync(Band("red"));
        await Expect(page.Locator("#toasts .toast")).ToContainTextAsync("Your hold on Desk Lamp ends in under a minute.");
        await page.Locator("#toasts .toast.show:not(.showing)").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "cart.png") });

        await cart.CheckoutAsync();
        await Expect(page.GetByTestId("checkout-total")).ToHaveTextAsync("$647.00");
        await page.GetByLabel("Your name").FillAsync("Ada Lovelace");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "checkout.png") });

        foreach (var name in new[] { "catalog.png", "cart.png", "checkout.png" })
        {
            Assert.True(new FileInfo(Path.Combine(folder, name)).Length > 10_000, $"{name} looks empty");
        }
    }

    private static Regex Band(string colour) => new($"(^|\\s)countdown-{colour}(\\s|$)");

    private static async Task OthersHoldAsync(LiveApp app, string sku, HoldOwner owner, int quantity)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OperationContext>().Actor = "test";
        var product = await scope.ServiceProvider.GetRequiredService<StockDbContext>().Products.SingleAsync(p => p.Sku == sku);
        await scope.ServiceProvider.GetRequiredService<HoldService>()
            .HoldAsync(new HoldRequest(owner, product.Id, quantity, NoExpiry: owner.Type == HoldOwnerType.Manual), CancellationToken.None);
    }
}

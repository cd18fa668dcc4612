using BlazorStock.Domain.Holds;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class CleanupExpiryTests(BrowserFixture browser)
{
    /// <summary>
    /// The server's clock moves past the expiry while the browser's countdown still shows minutes left, so
    /// only the push from the cleanup's expiry can take the line away.
    /// </summary>
    [Fact]
    public async Task A_hold_expired_by_the_cleanup_job_leaves_the_cart_live_and_frees_the_badge_for_others()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = LiveApp.Start(f => f.Clock = clock);
        await app.Services.ProductAsync(await app.Services.WarehouseAsync(), "Meeting Table", 1);
        var holder = await browser.NewShopperAsync(app.BaseUrl);
        var other = new CatalogPage(await browser.NewShopperAsync(app.BaseUrl));
        var catalog = new CatalogPage(holder);
        await catalog.GotoAsync();
        await catalog.AddToCartAsync("Meeting Table");
        await Expect(catalog.Outcome("Meeting Table")).ToContainTextAsync("Added 1");
        var cart = new CartPage(holder);
        await cart.GotoAsync();
        await other.GotoAsync();
        await Expect(other.Badge("Meeting Table")).ToContainTextAsync("Held by other shoppers");

        clock.Advance(TimeSpan.FromMinutes(16));
        var expired = await app.Services.RunAsync<HoldService, ExpiryResult>(h => h.ExpireDueAsync(100, CancellationToken.None));

        Assert.Equal(1, expired.HoldsExpired);
        await Expect(cart.Lines).ToHaveCountAsync(0);
        await Expect(holder.Locator("#toasts .toast")).ToContainTextAsync("Your hold on Meeting Table expired; it left your cart.");
        await Expect(cart.EndedNotice).ToContainTextAsync("Meeting Table");
        await Expect(catalog.CartCount).ToHaveTextAsync("0");
        await Expect(other.Badge("Meeting Table")).ToHaveTextAsync("Only 1 left");
    }
}

using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class ShopperJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_shopper_holds_extends_sees_a_lapsed_line_leave_live_then_checks_out_and_pays()
    {
        await using var app = LiveApp.Start(f =>
        {
            f.Settings["Holds:Duration"] = "00:00:12";
            f.Settings["Holds:ExtensionLength"] = "00:00:30";
        });
        var main = await app.Services.WarehouseAsync();
        var lamp = await app.Services.ProductAsync(main, "Desk Lamp", 3);
        await app.Services.ProductAsync(main, "Notebook A5", 10);
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(page);
        var cart = new CartPage(page);

        await catalog.GotoAsync();
        await catalog.AddToCartAsync("Desk Lamp");
        await Expect(catalog.Outcome("Desk Lamp")).ToContainTextAsync("Added 1 to your cart");
        await catalog.AddToCartAsync("Notebook A5", 2);
        await Expect(catalog.CartIndicator).ToHaveAttributeAsync("aria-label", "Cart, 3 items held");

        await cart.GotoAsync();
        var first = await cart.SecondsLeftAsync("Desk Lamp");
        await Expect(cart.Countdown("Desk Lamp")).Not.ToHaveTextAsync($"00:{first:00}");
        Assert.True(await cart.SecondsLeftAsync("Desk Lamp") < first, "the countdown should be going down");

        // Two Extends from one open page: two audit entries, each its own operation, the cart as actor.
        foreach (var _ in new[] { 1, 2 })
        {
            var before = await cart.ExpiresAtAsync("Notebook A5");
            await cart.Extend("Notebook A5").ClickAsync();
            await Expect(cart.Countdown("Notebook A5")).Not.ToHaveAttributeAsync("data-expires-at", before.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
            Assert.Equal(TimeSpan.FromSeconds(30), await cart.ExpiresAtAsync("Notebook A5") - before);
        }

        var extends = await AuditAsync(app, "hold.extended");
        Assert.Equal(2, extends.Count);
        Assert.All(extends, e => Assert.StartsWith("Cart:", e.Actor, StringComparison.Ordinal));
        Assert.Single(extends.Select(e => e.Actor).Distinct());
        Assert.Equal(2, extends.Select(e => e.CorrelationId).Distinct().Count(id => id is not null));

        // The lamp's hold runs out while the page is open: its line leaves with a notice, without a reload.
        await Expect(cart.Lines).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(cart.EndedNotice).ToContainTextAsync("Desk Lamp");
        await Expect(cart.EndedNotice).ToContainTextAsync("your hold expired");
        Assert.Equal(3, await app.Services.AvailableAsync(lamp.Id));

        await cart.CheckoutAsync();
        await Interactive.WaitAsync(page);
        await new CheckoutPage(page).PlaceOrderAsync("Ada Lovelace");
        await Interactive.WaitAsync(page);
        var order = new OrderPage(page);
        await Expect(order.Status).ToHaveTextAsync("Awaiting payment");
        await order.DeclineAsync();
        await Expect(order.Alert).ToContainTextAsync("The payment was declined");
        await order.PayAsync();
        await Expect(order.Status).ToHaveTextAsync("Confirmed");
        await Expect(page.Locator("[data-testid=paid]")).ToBeVisibleAsync();
        await Expect(catalog.CartIndicator).ToHaveAttributeAsync("aria-label", "Cart, empty");
    }

    [Fact]
    public async Task Two_shoppers_race_for_the_last_unit_and_the_losers_catalog_shows_it_held_then_free_again_live()
    {
        await using var app = LiveApp.Start();
        var table = await app.Services.ProductAsync(await app.Services.WarehouseAsync(), "Meeting Table", 1);
        var winner = await browser.NewShopperAsync(app.BaseUrl);
        var loser = await browser.NewShopperAsync(app.BaseUrl);
        var winnerCatalog = new CatalogPage(winner);
        var loserCatalog = new CatalogPage(loser);
        await winnerCatalog.GotoAsync();
        await loserCatalog.GotoAsync();

        await Task.WhenAll(winnerCatalog.AddToCartAsync("Meeting Table"), loserCatalog.AddToCartAsync("Meeting Table"));

        var outcomes = new[] { await Outcome(winnerCatalog), await Outcome(loserCatalog) };
        Assert.Single(outcomes, o => o.Contains("Added 1", StringComparison.Ordinal));
        Assert.Single(outcomes, o => o.Contains("None left", StringComparison.Ordinal));
        if (outcomes[1].Contains("Added 1", StringComparison.Ordinal))
        {
            (winnerCatalog, loserCatalog, winner) = (loserCatalog, winnerCatalog, loser);
        }

        // The loser's open catalog follows the winner's hold, then its removal, without a reload.
        await Expect(loserCatalog.Availability("Meeting Table")).ToContainTextAsync("Held by other shoppers");
        var cart = new CartPage(winner);
        await cart.GotoAsync();
        await cart.Line("Meeting Table").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Remove Meeting Table" }).ClickAsync();
        await Expect(loserCatalog.Availability("Meeting Table")).ToHaveTextAsync("Only 1 left");
        Assert.Equal(1, await app.Services.AvailableAsync(table.Id));

        static async Task<string> Outcome(CatalogPage catalog)
        {
            await Expect(catalog.Outcome("Meeting Table")).ToBeVisibleAsync();
            return await catalog.Outcome("Meeting Table").TextContentAsync() ?? "";
        }
    }

    private static async Task<List<AuditEntry>> AuditAsync(LiveApp app, string action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StockDbContext>().AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync();
    }
}

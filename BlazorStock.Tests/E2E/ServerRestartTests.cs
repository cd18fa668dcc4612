using BlazorStock.Domain.Holds;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class ServerRestartTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_open_cart_comes_back_by_itself_after_a_server_restart_with_the_same_holds_and_keeps_working()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"blazorstock-restart-{Guid.NewGuid():N}");
        try
        {
            int port;
            int deskId;
            IPage page;
            var cart = default(CartPage)!;
            await using (var first = LiveApp.Start(directory: directory))
            {
                port = first.Port;
                deskId = (await first.Services.ProductAsync(await first.Services.WarehouseAsync(), "Walnut Desk", 3)).Id;
                page = await browser.NewShopperAsync(first.BaseUrl);
                var catalog = new CatalogPage(page);
                await catalog.GotoAsync();
                await catalog.AddToCartAsync("Walnut Desk", 2);
                cart = new CartPage(page);
                await cart.GotoAsync();
                await Expect(cart.Lines).ToHaveCountAsync(1);
            }

            await using var second = LiveApp.Start(port: port, directory: directory);

            // The browser reconnects on its own; the new server does not know the old circuit, so the page reloads
            // and, the cart being in the database under the same sealed cookie, shows the same hold.
            await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Expect(cart.Line("Walnut Desk")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Interactive.WaitAsync(page);
            await cart.Line("Walnut Desk").GetByRole(AriaRole.Button, new() { Name = "Remove Walnut Desk" }).ClickAsync();
            await Expect(cart.Lines).ToHaveCountAsync(0);
            Assert.Single(await second.Services.HoldsAsync(deskId), h => h.Status == HoldStatus.Released);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.E2E;
using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.ScaleOut;

/// <summary>
/// A browser through nginx (the documented configuration) in front of two app servers on one PostgreSQL
/// database: the circuit stays on one server and stays live, and a change made on the other server shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProxyJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Through_nginx_a_shoppers_pages_stay_interactive_on_one_server_and_show_the_other_servers_holds_live()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var first = LiveApp.Start(f => OnPostgreSql(f, database));
        await using var second = LiveApp.Start(f => OnPostgreSql(f, database));
        using var nginx = await Nginx.StartAsync(first.Port, second.Port);
        var main = await first.Services.WarehouseAsync();
        var desk = await first.Services.ProductAsync(main, "Walnut Desk", 6);
        var page = await browser.NewShopperAsync(nginx.BaseUrl);
        var catalog = new CatalogPage(page);
        var cart = new CartPage(page);

        var response = await page.GotoAsync("/");
        var upstream = await response!.HeaderValueAsync("X-BlazorStock-Upstream");
        await Interactive.WaitAsync(page);
        var mine = upstream == $"127.0.0.1:{first.Port}" ? first : second;
        var other = mine == first ? second : first;
        Assert.Contains(mine.Port.ToString(), upstream);

        await catalog.AddToCartAsync("Walnut Desk", 2);
        await Expect(catalog.Outcome("Walnut Desk")).ToContainTextAsync("Added 2 to your cart");
        await Expect(catalog.Availability("Walnut Desk")).ToContainTextAsync("4");

        // Another shopper holds three through the other server, directly: this page hears it through PostgreSQL.
        using var client = new HttpClient { BaseAddress = new Uri(other.BaseUrl) };
        var token = (await (await client.PostAsync("/api/carts", null)).Content.ReadFromJsonAsync<CartTokenResponse>())!.CartToken;
        client.DefaultRequestHeaders.Add(CartIdentity.Header, token);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(desk.Id, 3))).StatusCode);
        await Expect(catalog.Availability("Walnut Desk")).ToContainTextAsync("1");

        // The cart page through the proxy: same server (the affinity cookie), interactive, counting down.
        await cart.GotoAsync();
        var before = await cart.SecondsLeftAsync("Walnut Desk");
        await Expect(cart.Countdown("Walnut Desk")).Not.ToHaveTextAsync($"{before / 60:00}:{before % 60:00}");
        var cartResponse = await page.ReloadAsync();
        Assert.Equal(upstream, await cartResponse!.HeaderValueAsync("X-BlazorStock-Upstream"));
    }

    private static void OnPostgreSql(BlazorStockFactory factory, string database)
    {
        factory.Settings["Database:Provider"] = "PostgreSql";
        factory.Settings["ConnectionStrings:BlazorStock"] = database;
        factory.Settings["Proxy:KnownProxies:0"] = "127.0.0.1";
    }
}

using BlazorStock.Tests.E2E.Pages;
using BlazorStock.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BlazorStock.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class CatalogSearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Typing_a_search_and_picking_a_category_filter_in_place_and_keep_the_state_in_the_url()
    {
        await using var app = LiveApp.Start();
        var main = await app.Services.WarehouseAsync();
        await app.Services.ProductAsync(main, "Walnut Desk", 5);
        await app.Services.ProductAsync(main, "Desk Lamp", 5, category: "Lighting");
        await app.Services.ProductAsync(main, "Floor Lamp", 5, category: "Lighting");
        var page = await browser.NewShopperAsync(app.BaseUrl);
        var catalog = new CatalogPage(page);
        await catalog.GotoAsync();
        await page.EvaluateAsync("window.__samePage = true");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search products" }).FillAsync("lamp");
        await Expect(catalog.Card("Walnut Desk")).ToHaveCountAsync(0);
        await Expect(catalog.Card("Floor Lamp")).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]q=lamp"));

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search products" }).FillAsync("desk");
        await page.GetByLabel("Category").SelectOptionAsync("Lighting");
        await Expect(catalog.Card("Floor Lamp")).ToHaveCountAsync(0);
        await Expect(catalog.Card("Desk Lamp")).ToHaveCountAsync(1);
        await Expect(catalog.Card("Walnut Desk")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("category=Lighting"));
        Assert.True(await page.EvaluateAsync<bool>("window.__samePage === true"), "filtering should not reload the page");

        await page.ReloadAsync();
        await Expect(catalog.Card("Desk Lamp")).ToHaveCountAsync(1);
        await Expect(catalog.Card("Floor Lamp")).ToHaveCountAsync(0);
    }
}

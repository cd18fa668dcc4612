using System.Net;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Stock;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Storefront;

public sealed class CatalogPagesTests : StorefrontTest
{
    [Fact]
    public async Task Search_and_category_filter_live_in_the_url()
    {
        await Services.ProductAsync(Main, "Walnut Desk", 5);
        await Services.ProductAsync(Main, "Desk Lamp", 5, category: "Lighting");
        await Services.ProductAsync(Main, "Floor Lamp", 5, category: "Lighting");
        using var shopper = Shopper.For(Factory);

        var desks = await shopper.PageAsync("/?q=desk");
        var lighting = await shopper.PageAsync("/?category=Lighting");
        var both = await shopper.PageAsync("/?q=desk&category=Lighting");

        Assert.Contains("Walnut Desk", desks);
        Assert.Contains("Desk Lamp", desks);
        Assert.DoesNotContain("Floor Lamp", desks);
        Assert.DoesNotContain("Walnut Desk", lighting);
        Assert.Contains("Floor Lamp", lighting);
        Assert.Contains("<option value=\"Lighting\" selected", lighting);
        Assert.Contains("Desk Lamp", both);
        Assert.DoesNotContain("Floor Lamp", both);
        Assert.Contains("value=\"desk\"", both);
        Assert.Contains("No products match", await shopper.PageAsync("/?q=%25_nothing"));
    }

    [Fact]
    public async Task Badges_tell_other_shoppers_when_held_stock_may_free_up_but_not_the_holder()
    {
        var table = await Services.ProductAsync(Main, "Meeting Table", 1);
        var chair = await Services.ProductAsync(Main, "Chair", 8);
        var bundle = await Services.KitAsync("Office Bundle", (table, 1), (chair, 2));
        using var holder = Shopper.For(Factory);
        using var other = Shopper.For(Factory);
        Assert.Contains("Only 1 left", await other.PageAsync("/"));

        await holder.AddAsync(table.Id);
        Factory.Clock!.Advance(TimeSpan.FromMinutes(3));

        var seen = await other.PageAsync("/");
        Assert.Contains($"data-stock-ids=\"{table.Id}\"><i class=\"bi bi-hourglass-split me-1\" aria-hidden=\"true\"></i>Held by other shoppers &#x2014; may free up in about 12 min", seen);
        Assert.Contains($"data-stock-ids=\"{table.Id} {chair.Id} {bundle.Id}\"><i class=\"bi bi-hourglass-split me-1\" aria-hidden=\"true\"></i>Held by other shoppers", seen);
        Assert.Contains("Sold out", await holder.PageAsync($"/products/{table.Id}"));

        var badges = await other.Http.GetStringAsync($"/catalog/badges?ids={bundle.Id}&ids={chair.Id}");
        Assert.Contains($"id=\"badge-{bundle.Id}\"", badges);
        Assert.Contains("hx-swap-oob=\"true\"", badges);
        Assert.Contains("In stock", badges);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.Http.GetAsync("/catalog/badges")).StatusCode);
    }

    [Fact]
    public async Task Product_page_shows_warehouses_kit_contents_and_free_serialized_units()
    {
        var east = await Services.WarehouseAsync("EAST");
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 4);
        await Services.RunAsync<StockService, Domain.Stock.StockLevel>(s => s.AdjustAsync(desk.Id, east.Id, 2, "Received", CancellationToken.None));
        var lamp = await Services.ProductAsync(Main, "Desk Lamp", 9);
        var bundle = await Services.KitAsync("Desk Bundle", (desk, 1), (lamp, 2));
        var camera = await Services.RunAsync<CatalogService, Product>(c => c.CreateProductAsync(new ProductDetails("CAM-1", "Camera", "", "Electronics", 999m, InventoryTracking.Serialized), null, CancellationToken.None));
        await Services.RunAsync<CatalogService, IReadOnlyList<Domain.Units.SerializedUnit>>(c => c.ReceiveUnitsAsync(camera.Id, east.Id, ["CAM-0001", "CAM-0002"], "New", CancellationToken.None));
        using var shopper = Shopper.For(Factory);
        await shopper.AddAsync(camera.Id);

        var deskPage = await shopper.PageAsync($"/products/{desk.Id}");
        var bundlePage = await shopper.PageAsync($"/products/{bundle.Id}");
        var cameraPage = await shopper.PageAsync($"/products/{camera.Id}");

        Assert.Contains("<tr><td>MAIN warehouse</td><td class=\"text-end\">4</td></tr>", deskPage);
        Assert.Contains("<tr><td>EAST warehouse</td><td class=\"text-end\">2</td></tr>", deskPage);
        Assert.Contains("In this bundle", bundlePage);
        Assert.Contains($"<a href=\"/products/{lamp.Id}\">Desk Lamp</a></td><td class=\"text-end\">2</td><td class=\"text-end\">9</td>", bundlePage);
        Assert.Contains("<tr><td>MAIN warehouse</td><td class=\"text-end\">4</td></tr>", bundlePage);
        Assert.Contains("Free units", cameraPage);
        Assert.DoesNotContain("CAM-0001", cameraPage);
        Assert.Contains("CAM-0002", cameraPage);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.Http.GetAsync("/products/9999")).StatusCode);
    }
}

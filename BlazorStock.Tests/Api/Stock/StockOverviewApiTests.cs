using System.Net;
using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Api.Stock;

public sealed class StockOverviewApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Staff_read_stock_per_warehouse_every_product_on_sale_or_not_and_the_warehouses()
    {
        var warehouse = await factory.WarehouseAsync();
        var desk = await factory.ProductAsync(6, d => d with { LowStockThreshold = 2 });
        var unreceived = await factory.ProductAsync(0);
        var retired = await factory.ProductAsync(2, d => d with { IsActive = false });
        using var cart = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(cart, desk.Id, 2);
        using var staff = await factory.StaffClientAsync();

        var levels = (await ApiAssert.JsonAsync(await staff.GetAsync("/api/stock/levels"), HttpStatusCode.OK)).EnumerateArray().ToList();
        var catalog = (await ApiAssert.JsonAsync(await staff.GetAsync("/api/stock/catalog"), HttpStatusCode.OK)).EnumerateArray().ToList();
        var warehouses = await ApiAssert.JsonAsync(await staff.GetAsync("/api/stock/warehouses"), HttpStatusCode.OK);

        var deskLevel = Assert.Single(levels, l => l.GetProperty("productId").GetInt32() == desk.Id);
        Assert.Equal((warehouse.Id, "MAIN", 6, 2, 4, false), (deskLevel.GetProperty("warehouseId").GetInt32(), deskLevel.GetProperty("warehouse").GetString(),
            deskLevel.GetProperty("onHand").GetInt32(), deskLevel.GetProperty("reserved").GetInt32(), deskLevel.GetProperty("available").GetInt32(), deskLevel.GetProperty("isLow").GetBoolean()));
        var never = Assert.Single(levels, l => l.GetProperty("productId").GetInt32() == unreceived.Id);
        Assert.Equal((0, true), (never.GetProperty("onHand").GetInt32(), never.GetProperty("isLow").GetBoolean()));
        Assert.DoesNotContain(levels, l => l.GetProperty("productId").GetInt32() == retired.Id);
        var listed = Assert.Single(catalog, p => p.GetProperty("id").GetInt32() == retired.Id);
        Assert.Equal((false, 2), (listed.GetProperty("isActive").GetBoolean(), listed.GetProperty("available").GetInt32()));
        Assert.Equal(4, Assert.Single(catalog, p => p.GetProperty("id").GetInt32() == desk.Id).GetProperty("available").GetInt32());
        var main = Assert.Single(warehouses.EnumerateArray());
        Assert.Equal((warehouse.Id, "MAIN", "Main"), (main.GetProperty("id").GetInt32(), main.GetProperty("code").GetString(), main.GetProperty("name").GetString()));

        using var anonymous = factory.Client();
        foreach (var url in new[] { "/api/stock/levels", "/api/stock/catalog", "/api/stock/warehouses" })
        {
            await ApiAssert.ProblemAsync(await anonymous.GetAsync(url), HttpStatusCode.Unauthorized);
        }
    }
}

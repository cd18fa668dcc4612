using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Stock;

namespace BlazorStock.Tests.Api.Stock;

public sealed class StockApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_adjustment_returns_the_new_stock_level()
    {
        var product = await factory.ProductAsync(5);
        var warehouse = await factory.WarehouseAsync();
        using var staff = await factory.StaffClientAsync();

        var level = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, warehouse.Id, 7, "Delivery 42")), HttpStatusCode.OK);

        Assert.Equal((product.Id, warehouse.Id, 12, 0, 12), (level.GetProperty("productId").GetInt32(), level.GetProperty("warehouseId").GetInt32(),
            level.GetProperty("onHand").GetInt32(), level.GetProperty("reserved").GetInt32(), level.GetProperty("available").GetInt32()));
    }

    [Fact]
    public async Task Writing_off_below_what_is_reserved_is_409()
    {
        var product = await factory.ProductAsync(5);
        var warehouse = await factory.WarehouseAsync();
        using var shopper = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(shopper, product.Id, 4);
        using var staff = await factory.StaffClientAsync();

        var problem = await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, warehouse.Id, -2, "Broken")), HttpStatusCode.Conflict, "stock_below_reserved");

        Assert.Equal(4, problem.GetProperty("reserved").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, warehouse.Id, -1, "Broken"))).StatusCode);
    }

    [Fact]
    public async Task Bad_adjustments_are_400_and_unknown_product_or_warehouse_404()
    {
        var product = await factory.ProductAsync(5);
        var warehouse = await factory.WarehouseAsync();
        using var staff = await factory.StaffClientAsync();

        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, warehouse.Id, 0, "Nothing")), HttpStatusCode.BadRequest, "invalid_quantity");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, warehouse.Id, 1, " ")), HttpStatusCode.BadRequest, "invalid_quantity");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(987654, warehouse.Id, 1, "Found")), HttpStatusCode.NotFound, "product_not_found");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/stock/adjustments", new StockAdjustmentRequest(product.Id, 987654, 1, "Found")), HttpStatusCode.NotFound, "warehouse_not_found");
    }
}

using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Stock;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Api.Products;

public sealed class ProductApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_list_shows_products_for_sale_with_what_can_be_held_now()
    {
        var desk = await factory.ProductAsync(5, d => d with { Price = 99.5m, Category = "Desks" });
        var hidden = await factory.ProductAsync(5, d => d with { IsActive = false });
        using var shopper = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(shopper, desk.Id, 2);

        var list = await ApiAssert.JsonAsync(await factory.Client().GetAsync("/api/products"), HttpStatusCode.OK);

        var item = list.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == desk.Id);
        Assert.Equal((desk.Sku, desk.Name, "Desks", 99.5m, 3, false, false),
            (item.GetProperty("sku").GetString(), item.GetProperty("name").GetString(), item.GetProperty("category").GetString(), item.GetProperty("price").GetDecimal(),
             item.GetProperty("available").GetInt32(), item.GetProperty("isKit").GetBoolean(), item.GetProperty("isSerialized").GetBoolean()));
        Assert.DoesNotContain(list.EnumerateArray(), p => p.GetProperty("id").GetInt32() == hidden.Id);
    }

    [Fact]
    public async Task A_product_shows_availability_per_warehouse_and_an_unknown_one_is_404()
    {
        var lamp = await factory.ProductAsync(4);
        var east = await factory.RunAsync<CatalogService, Warehouse>(c => c.CreateWarehouseAsync($"E{Guid.NewGuid():N}"[..8], "East", CancellationToken.None));
        await factory.RunAsync<StockService, StockLevel>(s => s.AdjustAsync(lamp.Id, east.Id, 6, "Received", CancellationToken.None));
        using var client = factory.Client();

        var detail = await ApiAssert.JsonAsync(await client.GetAsync($"/api/products/{lamp.Id}"), HttpStatusCode.OK);

        Assert.Equal(10, detail.GetProperty("available").GetInt32());
        var warehouses = detail.GetProperty("warehouses").EnumerateArray().ToDictionary(w => w.GetProperty("warehouseId").GetInt32(), w => w.GetProperty("available").GetInt32());
        Assert.Equal(4, warehouses[(await factory.WarehouseAsync()).Id]);
        Assert.Equal(6, warehouses[east.Id]);
        await ApiAssert.ProblemAsync(await client.GetAsync("/api/products/987654"), HttpStatusCode.NotFound, "product_not_found");
    }

    [Fact]
    public async Task Staff_create_a_kit_that_shows_complete_kits_available()
    {
        var chair = await factory.ProductAsync(6);
        var lamp = await factory.ProductAsync(2);
        using var staff = await factory.StaffClientAsync();

        var created = await staff.PostAsJsonAsync("/api/products", new
        {
            sku = $"KIT-{Guid.NewGuid():N}"[..12],
            name = "Chair and lamp",
            price = 300m,
            category = "Bundles",
            components = new[] { new { productId = chair.Id, quantity = 2 }, new { productId = lamp.Id, quantity = 1 } },
        });

        var kit = await ApiAssert.JsonAsync(created, HttpStatusCode.Created);
        Assert.Equal($"/api/products/{kit.GetProperty("id").GetInt32()}", created.Headers.Location?.ToString());
        Assert.True(kit.GetProperty("isKit").GetBoolean());
        Assert.Equal(2, kit.GetProperty("available").GetInt32());
        Assert.Equal(2, kit.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public async Task Creating_refuses_bad_details_with_400_and_a_taken_sku_with_409()
    {
        var existing = await factory.ProductAsync(1);
        using var staff = await factory.StaffClientAsync();

        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/products", new { sku = "NEG-1", name = "Negative", price = -1m }), HttpStatusCode.BadRequest, "invalid_product");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/products", new { sku = "NONAME", name = "", price = 1m }), HttpStatusCode.BadRequest, "invalid_product");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/products", new { sku = existing.Sku, name = "Copy", price = 1m }), HttpStatusCode.Conflict, "duplicate_sku");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/products", new { name = "No SKU", price = 1m }), HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Updating_is_200_with_the_new_details_and_404_for_an_unknown_product()
    {
        var product = await factory.ProductAsync(3);
        using var staff = await factory.StaffClientAsync();

        var updated = await ApiAssert.JsonAsync(
            await staff.PutAsJsonAsync($"/api/products/{product.Id}", new { sku = product.Sku, name = "Renamed", price = 42m, perCustomerLimit = 2, holdDurationSeconds = 120 }),
            HttpStatusCode.OK);

        Assert.Equal(("Renamed", 42m, 2, 120), (updated.GetProperty("name").GetString(), updated.GetProperty("price").GetDecimal(),
            updated.GetProperty("perCustomerLimit").GetInt32(), updated.GetProperty("holdDurationSeconds").GetInt32()));
        await ApiAssert.ProblemAsync(await staff.PutAsJsonAsync("/api/products/987654", new { sku = "X-404", name = "Nope", price = 1m }), HttpStatusCode.NotFound, "product_not_found");
    }
}

using System.Net;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Units;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Api.Items;

public sealed class ItemApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Items_list_by_product_and_status_and_show_their_history()
    {
        var camera = await factory.ProductAsync(0, d => d with { Tracking = InventoryTracking.Serialized });
        var warehouse = await factory.WarehouseAsync();
        var prefix = $"SN-{camera.Id}-";
        await factory.RunAsync<CatalogService, IReadOnlyList<SerializedUnit>>(c => c.ReceiveUnitsAsync(camera.Id, warehouse.Id, [prefix + "1", prefix + "2", prefix + "3"], "New", CancellationToken.None));
        using var cart = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(cart, camera.Id, 1);
        using var staff = await factory.StaffClientAsync();

        var all = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/items?productId={camera.Id}"), HttpStatusCode.OK);
        var reserved = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/items?productId={camera.Id}&status=Reserved"), HttpStatusCode.OK);

        Assert.Equal(3, all.GetArrayLength());
        var unit = Assert.Single(reserved.EnumerateArray());
        Assert.StartsWith(prefix, unit.GetProperty("serialNumber").GetString());
        var history = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/items/{unit.GetProperty("id").GetInt32()}/history"), HttpStatusCode.OK);
        var change = Assert.Single(history.GetProperty("history").EnumerateArray());
        Assert.Equal(("Available", "Reserved"), (change.GetProperty("from").GetString(), change.GetProperty("to").GetString()));
        Assert.Equal("Reserved", history.GetProperty("item").GetProperty("status").GetString());
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/items/987654/history"), HttpStatusCode.NotFound, "unit_not_found");
    }
}

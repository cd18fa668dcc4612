using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Staff;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Items;

public sealed class ItemReceiptApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Received_units_are_available_count_as_on_hand_and_are_found_by_part_of_their_serial()
    {
        var camera = await factory.ProductAsync(0, d => d with { Tracking = InventoryTracking.Serialized });
        var warehouse = await factory.WarehouseAsync();
        var prefix = $"RCV-{camera.Id}-";
        using var staff = await factory.StaffClientAsync();

        var response = await staff.PostAsJsonAsync("/api/items",
            new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { prefix + "A1", prefix + "A2", $" {prefix}B1 " }, condition = "Refurbished" });

        var received = await ApiAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/items?productId={camera.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal([prefix + "A1", prefix + "A2", prefix + "B1"], received.EnumerateArray().Select(u => u.GetProperty("serialNumber").GetString()));
        Assert.All(received.EnumerateArray(), u => Assert.Equal(("Available", "Refurbished", warehouse.Id),
            (u.GetProperty("status").GetString(), u.GetProperty("condition").GetString(), u.GetProperty("warehouseId").GetInt32())));
        var detail = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/products/{camera.Id}"), HttpStatusCode.OK);
        Assert.Equal(3, detail.GetProperty("available").GetInt32());
        var found = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/items?serial={Uri.EscapeDataString(prefix + "A")}"), HttpStatusCode.OK);
        Assert.Equal([prefix + "A1", prefix + "A2"], found.EnumerateArray().Select(u => u.GetProperty("serialNumber").GetString()));
        var plain = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/items",
            new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { prefix + "C1" } }), HttpStatusCode.Created);
        Assert.Equal("New", plain[0].GetProperty("condition").GetString());
        var audited = await factory.DbAsync(db => db.AuditEntries.Where(a => a.Action == "unit.received" && a.NewValues!.Contains(prefix)).Select(a => a.Actor).ToListAsync());
        Assert.Equal(4, audited.Count);
        Assert.All(audited, actor => Assert.Equal(StaffSeeder.StaffEmail, actor));
    }

    [Fact]
    public async Task Taken_repeated_or_missing_serials_unknown_products_and_warehouses_and_plain_products_are_refused_and_receive_nothing()
    {
        var camera = await factory.ProductAsync(0, d => d with { Tracking = InventoryTracking.Serialized });
        var desk = await factory.ProductAsync(0);
        var warehouse = await factory.WarehouseAsync();
        var serial = $"DUP-{camera.Id}";
        using var staff = await factory.StaffClientAsync();
        await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/items", new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { serial } }), HttpStatusCode.Created);

        async Task RefusedAsync(object request, HttpStatusCode status, string code) =>
            await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/items", request), status, code);

        await RefusedAsync(new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { serial + "-new", serial } }, HttpStatusCode.Conflict, "duplicate_serial");
        await RefusedAsync(new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { serial + "-x", serial.ToLowerInvariant() + "-X" } }, HttpStatusCode.Conflict, "duplicate_serial");
        await RefusedAsync(new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = Array.Empty<string>() }, HttpStatusCode.Conflict, "duplicate_serial");
        await RefusedAsync(new { productId = camera.Id, warehouseId = warehouse.Id }, HttpStatusCode.BadRequest, "invalid_request");
        await RefusedAsync(new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { serial + "-n", null } }, HttpStatusCode.BadRequest, "invalid_request");
        await RefusedAsync(new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { new string('9', 101) } }, HttpStatusCode.BadRequest, "invalid_product");
        await RefusedAsync(new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { serial + "-c" }, condition = new string('c', 51) }, HttpStatusCode.BadRequest, "invalid_product");
        await RefusedAsync(new { productId = desk.Id, warehouseId = warehouse.Id, serialNumbers = new[] { serial + "-d" } }, HttpStatusCode.BadRequest, "invalid_product");
        await RefusedAsync(new { productId = 987654, warehouseId = warehouse.Id, serialNumbers = new[] { serial + "-p" } }, HttpStatusCode.NotFound, "product_not_found");
        await RefusedAsync(new { productId = camera.Id, warehouseId = 987654, serialNumbers = new[] { serial + "-w" } }, HttpStatusCode.NotFound, "warehouse_not_found");

        Assert.Equal(1, await factory.DbAsync(db => db.SerializedUnits.CountAsync(u => u.ProductId == camera.Id || u.ProductId == desk.Id)));
        Assert.Equal(1, await factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == camera.Id).SumAsync(s => s.OnHand)));
        using var anonymous = factory.Client();
        await ApiAssert.ProblemAsync(await anonymous.PostAsJsonAsync("/api/items", new { productId = camera.Id, warehouseId = warehouse.Id, serialNumbers = new[] { serial + "-a" } }), HttpStatusCode.Unauthorized);
    }
}

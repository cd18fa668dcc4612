using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Admin;

public sealed class AdminApiTests
{
    [Fact]
    public async Task The_hold_list_pages_by_keyset_and_filters_by_status_and_product()
    {
        await using var factory = new ApiFactory();
        var desk = await factory.ProductAsync(50);
        var lamp = await factory.ProductAsync(50);
        var released = Guid.Empty;
        for (var i = 0; i < 5; i++)
        {
            using var cart = await factory.CartClientAsync();
            var hold = await CartApiTests.HoldAsync(cart, i % 2 == 0 ? desk.Id : lamp.Id, 1);
            if (i == 4)
            {
                await cart.DeleteAsync($"/api/cart/holds/{hold}");
                released = hold;
            }
        }

        using var staff = await factory.StaffClientAsync();
        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/admin/holds?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 2);
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(5, seen.Select(h => h.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.All(seen, h => Assert.Equal("Cart", h.GetProperty("ownerType").GetString()));
        var active = await ApiAssert.JsonAsync(await staff.GetAsync("/api/admin/holds?status=Active"), HttpStatusCode.OK);
        Assert.Equal(4, active.GetProperty("items").GetArrayLength());
        var releasedOnly = await ApiAssert.JsonAsync(await staff.GetAsync("/api/admin/holds?status=Released"), HttpStatusCode.OK);
        Assert.Equal(released, Assert.Single(releasedOnly.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var lamps = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/admin/holds?productId={lamp.Id}"), HttpStatusCode.OK);
        Assert.Equal(2, lamps.GetProperty("items").GetArrayLength());
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/admin/holds?cursor=garbage"), HttpStatusCode.BadRequest, "invalid_cursor");
    }

    [Fact]
    public async Task Consistency_is_checked_and_repaired()
    {
        await using var factory = new ApiFactory();
        var product = await factory.ProductAsync(5);
        using var staff = await factory.StaffClientAsync();
        Assert.True((await ApiAssert.JsonAsync(await staff.GetAsync("/api/admin/consistency"), HttpStatusCode.OK)).GetProperty("consistent").GetBoolean());

        await factory.DbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"StockLevels\" SET \"Reserved\" = 2 WHERE \"ProductId\" = {product.Id}"));

        var check = await ApiAssert.JsonAsync(await staff.GetAsync("/api/admin/consistency"), HttpStatusCode.OK);
        Assert.False(check.GetProperty("consistent").GetBoolean());
        var finding = Assert.Single(check.GetProperty("findings").EnumerateArray());
        Assert.Equal("ReservedMismatch", finding.GetProperty("kind").GetString());
        var repair = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/admin/consistency/repair", new { key = finding.GetProperty("key").GetString() }), HttpStatusCode.OK);
        Assert.Equal(1, repair.GetProperty("repaired").GetArrayLength());
        Assert.True((await ApiAssert.JsonAsync(await staff.GetAsync("/api/admin/consistency"), HttpStatusCode.OK)).GetProperty("consistent").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync("/api/admin/consistency/repair", null)).StatusCode);
    }

    [Fact]
    public async Task Cleanup_dry_run_counts_without_changing_anything_then_the_real_run_expires_and_cancels()
    {
        await using var factory = new ApiFactory();
        var product = await factory.ProductAsync(10);
        using var cart = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(cart, product.Id, 2);
        using var buyer = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(buyer, product.Id, 3);
        await ApiAssert.JsonAsync(await buyer.PostAsync("/api/cart/checkout", null), HttpStatusCode.Created);
        factory.Time.Advance(TimeSpan.FromMinutes(16));
        using var admin = await factory.AdminClientAsync();

        var dry = await ApiAssert.JsonAsync(await admin.PostAsync("/api/admin/cleanup?dryRun=true", null), HttpStatusCode.OK);

        Assert.Equal((true, 1, 0, 1), (dry.GetProperty("dryRun").GetBoolean(), dry.GetProperty("expiredHolds").GetInt32(),
            dry.GetProperty("releasedUnits").GetInt32(), dry.GetProperty("cancelledOrders").GetInt32()));
        Assert.Equal(5, await factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == product.Id).SumAsync(s => s.Reserved)));
        Assert.Equal(2, await factory.DbAsync(db => db.Holds.CountAsync(h => h.ProductId == product.Id && h.Status == HoldStatus.Active)));

        var real = await ApiAssert.JsonAsync(await admin.PostAsync("/api/admin/cleanup?dryRun=false", null), HttpStatusCode.OK);

        Assert.Equal((false, 1, 1), (real.GetProperty("dryRun").GetBoolean(), real.GetProperty("expiredHolds").GetInt32(), real.GetProperty("cancelledOrders").GetInt32()));
        Assert.Equal(0, await factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == product.Id).SumAsync(s => s.Reserved)));
        Assert.Equal(OrderStatus.Cancelled, await factory.DbAsync(db => db.Orders.Select(o => o.Status).SingleAsync()));
        var again = await ApiAssert.JsonAsync(await admin.PostAsync("/api/admin/cleanup", null), HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("expiredHolds").GetInt32());
    }
}

using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Api.Dashboard;

public sealed class DashboardApiTests
{
    [Fact]
    public async Task The_dashboard_shows_live_holds_the_last_day_and_stock_with_low_stock_flags()
    {
        await using var factory = new ApiFactory();
        var desk = await factory.ProductAsync(10, name: "Desk");
        var lamp = await factory.ProductAsync(3, name: "Lamp");
        using var first = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(first, desk.Id, 2);
        using var second = await factory.CartClientAsync();
        var released = await CartApiTests.HoldAsync(second, desk.Id, 1);
        using var staff = await factory.StaffClientAsync();
        await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/admin/holds/{released}/release", new { reason = "Test order" }), HttpStatusCode.OK);
        factory.Time.Advance(TimeSpan.FromMinutes(11));

        var dashboard = await ApiAssert.JsonAsync(await staff.GetAsync("/api/admin/dashboard"), HttpStatusCode.OK);

        var stats = dashboard.GetProperty("stats");
        Assert.Equal((1, 2, 1, 2, 1), (stats.GetProperty("activeHolds").GetInt32(), stats.GetProperty("unitsOnHold").GetInt32(), stats.GetProperty("expiringSoon").GetInt32(),
            stats.GetProperty("created24h").GetInt32(), stats.GetProperty("lowStockProducts").GetInt32()));
        var closed = stats.GetProperty("closed24h");
        Assert.Equal((1, 0, 0.0), (closed.GetProperty("released").GetInt32(), closed.GetProperty("converted").GetInt32(), closed.GetProperty("conversionRate").GetDouble()));
        Assert.Equal(2, dashboard.GetProperty("hourly").GetProperty("created").EnumerateArray().Sum(c => c.GetInt32()));
        var stock = dashboard.GetProperty("stock").EnumerateArray().ToDictionary(r => r.GetProperty("productId").GetInt32());
        Assert.Equal((10, 2, 8, false), (stock[desk.Id].GetProperty("onHand").GetInt32(), stock[desk.Id].GetProperty("reserved").GetInt32(),
            stock[desk.Id].GetProperty("available").GetInt32(), stock[desk.Id].GetProperty("isLow").GetBoolean()));
        Assert.True(stock[lamp.Id].GetProperty("isLow").GetBoolean());
        await ApiAssert.ProblemAsync(await factory.Client().GetAsync("/api/admin/dashboard"), HttpStatusCode.Unauthorized);
    }
}

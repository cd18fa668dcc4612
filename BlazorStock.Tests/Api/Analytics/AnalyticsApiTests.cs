using System.Net;
using System.Net.Http.Json;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Api.Analytics;

public sealed class AnalyticsApiTests
{
    [Fact]
    public async Task Analytics_count_holds_outcomes_and_time_to_checkout_per_period_and_product_and_refuse_bad_input()
    {
        await using var factory = new ApiFactory();
        var desk = await factory.ProductAsync(10, name: "Desk");
        var lamp = await factory.ProductAsync(10, name: "Lamp");
        using var buyer = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(buyer, desk.Id, 2);
        using var browser = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(browser, lamp.Id, 1);
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        var order = (await ApiAssert.JsonAsync(await buyer.PostAsJsonAsync("/api/cart/checkout", new { customer = "Ada" }), HttpStatusCode.Created)).GetProperty("orderId").GetGuid();
        await ApiAssert.JsonAsync(await buyer.PostAsJsonAsync($"/api/orders/{order}/pay", new { outcome = "Succeed" }), HttpStatusCode.OK);
        factory.Time.Advance(TimeSpan.FromMinutes(14));
        using var admin = await factory.AdminClientAsync();
        await ApiAssert.JsonAsync(await admin.PostAsync("/api/admin/cleanup", null), HttpStatusCode.OK);
        using var staff = await factory.StaffClientAsync();

        var day = await ApiAssert.JsonAsync(await staff.GetAsync("/api/analytics"), HttpStatusCode.OK);

        Assert.Equal(("24h", 2, 3, 1, 3600, 24), (day.GetProperty("period").GetString(), day.GetProperty("created").GetInt32(), day.GetProperty("unitsHeld").GetInt32(),
            day.GetProperty("checkedOut").GetInt32(), day.GetProperty("bucketSeconds").GetInt32(), day.GetProperty("buckets").GetArrayLength()));
        var outcomes = day.GetProperty("outcomes");
        Assert.Equal((1, 1, 0, 0.5, 0.5), (outcomes.GetProperty("converted").GetInt32(), outcomes.GetProperty("expired").GetInt32(), outcomes.GetProperty("released").GetInt32(),
            outcomes.GetProperty("conversionRate").GetDouble(), outcomes.GetProperty("expiryRate").GetDouble()));
        Assert.Equal(122.5, day.GetProperty("medianSecondsToCheckout").GetDouble());
        Assert.Equal([("Desk", 2), ("Lamp", 1)], day.GetProperty("mostHeld").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("count").GetInt32())));
        Assert.Equal(lamp.Id, Assert.Single(day.GetProperty("mostExpired").EnumerateArray()).GetProperty("productId").GetInt32());
        Assert.Equal(TimeSpan.FromHours(24), day.GetProperty("to").GetDateTimeOffset() - day.GetProperty("from").GetDateTimeOffset());

        var month = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/analytics?period=30d&productId={lamp.Id}"), HttpStatusCode.OK);
        Assert.Equal(("30d", lamp.Id, 1, 86400, 30), (month.GetProperty("period").GetString(), month.GetProperty("productId").GetInt32(), month.GetProperty("created").GetInt32(),
            month.GetProperty("bucketSeconds").GetInt32(), month.GetProperty("buckets").GetArrayLength()));
        Assert.Equal((0, 1), (month.GetProperty("outcomes").GetProperty("converted").GetInt32(), month.GetProperty("outcomes").GetProperty("expired").GetInt32()));
        Assert.Equal(7, (await ApiAssert.JsonAsync(await staff.GetAsync("/api/analytics?period=7d"), HttpStatusCode.OK)).GetProperty("buckets").GetArrayLength());

        var period = await ApiAssert.ProblemAsync(await staff.GetAsync("/api/analytics?period=1y"), HttpStatusCode.BadRequest, "invalid_period");
        Assert.Equal("period is one of 24h, 7d, 30d.", period.GetProperty("detail").GetString());
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/analytics?productId=987654"), HttpStatusCode.NotFound, "product_not_found");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/analytics?productId=lamp"), HttpStatusCode.BadRequest, "invalid_request");
        await ApiAssert.ProblemAsync(await factory.Client().GetAsync("/api/analytics"), HttpStatusCode.Unauthorized);
    }
}

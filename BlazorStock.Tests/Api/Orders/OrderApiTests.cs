using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Orders;

public sealed class OrderApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Checking_availability_counts_lines_together_and_reports_shortfalls()
    {
        var desk = await factory.ProductAsync(3, name: "Oak desk");
        using var staff = await factory.StaffClientAsync();

        var ok = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders/check-availability", Lines((desk.Id, 2))), HttpStatusCode.OK);
        var shortBy = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders/check-availability", Lines((desk.Id, 2), (desk.Id, 2))), HttpStatusCode.OK);

        Assert.True(ok.GetProperty("available").GetBoolean());
        Assert.False(shortBy.GetProperty("available").GetBoolean());
        var second = shortBy.GetProperty("lines")[1];
        Assert.Equal((desk.Id, 2, 1, 1), (second.GetProperty("productId").GetInt32(), second.GetProperty("requested").GetInt32(),
            second.GetProperty("available").GetInt32(), second.GetProperty("shortfall").GetInt32()));
        Assert.Contains("Oak desk", second.GetProperty("message").GetString());
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/orders/check-availability", new { lines = Array.Empty<object>() }), HttpStatusCode.BadRequest, "invalid_quantity");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/orders/check-availability", Lines((desk.Id, 0))), HttpStatusCode.BadRequest, "invalid_quantity");
    }

    [Fact]
    public async Task A_short_kit_names_every_short_component_in_the_check_and_in_the_refusal()
    {
        var desk = await factory.ProductAsync(1, name: "Walnut Desk");
        var chair = await factory.ProductAsync(2, name: "Ergonomic Chair");
        var lamp = await factory.ProductAsync(9, name: "Desk Lamp");
        var kit = await factory.Services.KitAsync("Home Office Bundle", (desk, 1), (chair, 1), (lamp, 1));
        using var staff = await factory.StaffClientAsync();

        var check = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders/check-availability", Lines((kit.Id, 3))), HttpStatusCode.OK);
        var refused = await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/orders", Order("Kit Ltd", true, (kit.Id, 3))), HttpStatusCode.Conflict, "insufficient_stock");

        var expected = new[] { (desk.Id, "Walnut Desk", 3, 1), (chair.Id, "Ergonomic Chair", 3, 2) };
        Assert.Equal(expected, ShortComponents(check.GetProperty("lines")[0].GetProperty("shortComponents")));
        Assert.Equal(expected, ShortComponents(refused.GetProperty("shortComponents")));
        Assert.Contains("'Walnut Desk' (needs 3, 1 available), 'Ergonomic Chair' (needs 3, 2 available)", refused.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Creating_a_reserved_order_holds_its_stock_and_without_enough_creates_nothing()
    {
        var chair = await factory.ProductAsync(3);
        using var staff = await factory.StaffClientAsync();

        var created = await staff.PostAsJsonAsync("/api/orders", Order("Reserved Ltd", true, (chair.Id, 2)));
        var order = await ApiAssert.JsonAsync(created, HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();

        Assert.Equal($"/api/orders/{id}", created.Headers.Location?.ToString());
        Assert.Equal("Pending", order.GetProperty("status").GetString());
        Assert.False(order.GetProperty("fromCart").GetBoolean());
        var hold = Assert.Single(order.GetProperty("holds").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, hold.GetProperty("expiresAt").ValueKind);
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/orders", Order("Too Big Ltd", true, (chair.Id, 2))), HttpStatusCode.Conflict, "insufficient_stock");
        Assert.Equal(0, await factory.DbAsync(db => db.Orders.CountAsync(o => o.Customer == "Too Big Ltd")));
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/orders", Order("", false, (chair.Id, 1))), HttpStatusCode.BadRequest, "invalid_customer");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync("/api/orders", Order("Ghost", false, (987654, 1))), HttpStatusCode.NotFound, "product_not_found");
    }

    [Fact]
    public async Task An_order_is_read_reserved_released_moved_and_cancelled()
    {
        var lamp = await factory.ProductAsync(5);
        using var staff = await factory.StaffClientAsync();
        var id = (await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders", Order("Flow Ltd", false, (lamp.Id, 3))), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var availability = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/orders/{id}/availability"), HttpStatusCode.OK);
        Assert.True(availability.GetProperty("available").GetBoolean());
        Assert.Equal(0, availability.GetProperty("lines")[0].GetProperty("held").GetInt32());

        var reserved = await ApiAssert.JsonAsync(await staff.PostAsync($"/api/orders/{id}/reserve", null), HttpStatusCode.OK);
        Assert.Equal(3, reserved.GetProperty("holds")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(2, await AvailableAsync(lamp.Id));
        var held = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/orders/{id}/availability"), HttpStatusCode.OK);
        Assert.Equal(3, held.GetProperty("lines")[0].GetProperty("held").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/orders/{id}/reservations")).StatusCode);
        Assert.Equal(5, await AvailableAsync(lamp.Id));
        await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/payment", new { reference = "INV-1042" }), HttpStatusCode.OK);
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/transition", new { to = "Confirmed" }), HttpStatusCode.Conflict, "invalid_holds");

        await ApiAssert.JsonAsync(await staff.PostAsync($"/api/orders/{id}/reserve", null), HttpStatusCode.OK);
        var confirmed = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/transition", new { to = "Confirmed", reason = "Paid by invoice" }), HttpStatusCode.OK);
        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal(new[] { "Processing", "Cancelled" }, confirmed.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()!));
        var invalid = await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/transition", new { to = "Delivered" }), HttpStatusCode.Conflict, "invalid_transition");
        Assert.Equal("Confirmed", invalid.GetProperty("from").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/orders/{id}")).StatusCode);
        var cancelled = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/orders/{id}"), HttpStatusCode.OK);
        Assert.Equal(("Cancelled", "Refunded"), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("paymentStatus").GetString()));
        Assert.Equal(5, await AvailableAsync(lamp.Id));
        await ApiAssert.ProblemAsync(await staff.DeleteAsync($"/api/orders/{id}"), HttpStatusCode.Conflict, "invalid_transition");
    }

    [Fact]
    public async Task An_unpaid_order_is_offered_only_cancelling_and_a_recorded_payment_lets_it_move_on()
    {
        var desk = await factory.ProductAsync(4);
        using var staff = await factory.StaffClientAsync();
        var order = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders", Order("Invoice Ltd", true, (desk.Id, 2))), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        Assert.Equal(new[] { "Cancelled" }, NextStatuses(order));
        Assert.True(order.GetProperty("awaitsPayment").GetBoolean());

        var refused = await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/transition", new { to = "Confirmed" }), HttpStatusCode.Conflict, "payment_required");
        Assert.Equal(("Pending", "Confirmed", "Unpaid"), (refused.GetProperty("from").GetString(), refused.GetProperty("to").GetString(), refused.GetProperty("paymentStatus").GetString()));
        Assert.Equal("An unpaid order cannot be confirmed; record its payment first.", refused.GetProperty("detail").GetString());
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/payment", new { reference = " " }), HttpStatusCode.BadRequest, "invalid_payment_reference");

        var paid = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/payment", new { reference = "INV-1042" }), HttpStatusCode.OK);

        Assert.Equal(("Pending", "Paid", "INV-1042", false), (paid.GetProperty("status").GetString(), paid.GetProperty("paymentStatus").GetString(),
            paid.GetProperty("paymentReference").GetString(), paid.GetProperty("awaitsPayment").GetBoolean()));
        Assert.Equal(new[] { "Confirmed", "Cancelled" }, NextStatuses(paid));
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/payment", new { reference = "INV-1043" }), HttpStatusCode.Conflict, "already_paid");
        var confirmed = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/transition", new { to = "Confirmed" }), HttpStatusCode.OK);
        Assert.Equal("Converted", confirmed.GetProperty("holds")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancelling_a_shipped_order_is_409_and_unknown_orders_are_404_everywhere()
    {
        var box = await factory.ProductAsync(5);
        using var staff = await factory.StaffClientAsync();
        var id = (await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders", Order("Ship Ltd", true, (box.Id, 1))), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/payment", new { reference = "INV-7" }), HttpStatusCode.OK);
        foreach (var to in new[] { "Confirmed", "Processing", "Shipped" })
        {
            await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/orders/{id}/transition", new { to }), HttpStatusCode.OK);
        }

        await ApiAssert.ProblemAsync(await staff.DeleteAsync($"/api/orders/{id}"), HttpStatusCode.Conflict, "invalid_transition");

        var unknown = Guid.NewGuid();
        await ApiAssert.ProblemAsync(await staff.GetAsync($"/api/orders/{unknown}"), HttpStatusCode.NotFound, "order_not_found");
        await ApiAssert.ProblemAsync(await staff.GetAsync($"/api/orders/{unknown}/availability"), HttpStatusCode.NotFound, "order_not_found");
        await ApiAssert.ProblemAsync(await staff.PostAsync($"/api/orders/{unknown}/reserve", null), HttpStatusCode.NotFound, "order_not_found");
        await ApiAssert.ProblemAsync(await staff.DeleteAsync($"/api/orders/{unknown}/reservations"), HttpStatusCode.NotFound, "order_not_found");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/orders/{unknown}/transition", new { to = "Confirmed" }), HttpStatusCode.NotFound, "order_not_found");
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/orders/{unknown}/payment", new { reference = "INV-0" }), HttpStatusCode.NotFound, "order_not_found");
        await ApiAssert.ProblemAsync(await staff.DeleteAsync($"/api/orders/{unknown}"), HttpStatusCode.NotFound, "order_not_found");
    }

    [Fact]
    public async Task The_order_list_pages_by_keyset_without_gaps_or_repeats_even_when_timestamps_tie()
    {
        // Its own app, so the list holds only these orders; the test clock stands still, so every CreatedAt ties.
        await using var own = new ApiFactory();
        var product = await own.ProductAsync(100);
        using var staff = await own.StaffClientAsync();
        var created = new List<(Guid Id, decimal Total)>();
        foreach (var quantity in new[] { 3, 1, 2, 1, 5, 2, 4 })
        {
            var order = await ApiAssert.JsonAsync(await staff.PostAsJsonAsync("/api/orders", Order("Page Ltd", false, (product.Id, quantity))), HttpStatusCode.Created);
            created.Add((order.GetProperty("id").GetGuid(), order.GetProperty("total").GetDecimal()));
        }

        foreach (var sort in new[] { "-createdAt", "createdAt", "-total", "total" })
        {
            var seen = new List<JsonElement>();
            string? cursor = null;
            do
            {
                var page = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/orders?sort={sort}&limit=3{(cursor is null ? "" : $"&cursor={cursor}")}"), HttpStatusCode.OK);
                seen.AddRange(page.GetProperty("items").EnumerateArray());
                cursor = page.GetProperty("nextCursor").GetString();
            }
            while (cursor is not null);

            var ids = seen.Select(o => o.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(created.Count, ids.Distinct().Count());
            Assert.Equal(created.Select(c => c.Id).Order(), ids.Order());
            if (sort.EndsWith("total", StringComparison.Ordinal))
            {
                var totals = seen.Select(o => o.GetProperty("total").GetDecimal()).ToList();
                Assert.Equal(sort.StartsWith('-') ? totals.OrderDescending() : totals.Order(), totals);
            }
        }

        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/orders?sort=customer"), HttpStatusCode.BadRequest, "invalid_sort");
        var firstPage = await ApiAssert.JsonAsync(await staff.GetAsync("/api/orders?sort=total&limit=2"), HttpStatusCode.OK);
        await ApiAssert.ProblemAsync(await staff.GetAsync($"/api/orders?sort=-createdAt&cursor={firstPage.GetProperty("nextCursor").GetString()}"), HttpStatusCode.BadRequest, "invalid_cursor");
        var pending = await ApiAssert.JsonAsync(await staff.GetAsync("/api/orders?status=Pending&limit=200"), HttpStatusCode.OK);
        Assert.Equal(created.Count, pending.GetProperty("items").GetArrayLength());
        var cancelledOnly = await ApiAssert.JsonAsync(await staff.GetAsync("/api/orders?status=Cancelled"), HttpStatusCode.OK);
        Assert.Equal(0, cancelledOnly.GetProperty("items").GetArrayLength());
    }

    private static string[] NextStatuses(JsonElement order) => order.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()!).ToArray();

    private static (int, string, int, int)[] ShortComponents(JsonElement list) =>
        list.EnumerateArray().Select(c => (c.GetProperty("productId").GetInt32(), c.GetProperty("name").GetString()!, c.GetProperty("needed").GetInt32(), c.GetProperty("available").GetInt32())).ToArray();

    private Task<int> AvailableAsync(int productId) => factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == productId).SumAsync(s => s.OnHand - s.Reserved));

    private static object Lines(params (int ProductId, int Quantity)[] lines) => new { lines = lines.Select(l => new { productId = l.ProductId, quantity = l.Quantity }) };

    private static object Order(string customer, bool reserve, params (int ProductId, int Quantity)[] lines) =>
        new { customer, reserve, lines = lines.Select(l => new { productId = l.ProductId, quantity = l.Quantity }) };
}

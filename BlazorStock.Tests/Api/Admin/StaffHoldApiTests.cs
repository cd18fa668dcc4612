using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Staff;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Admin;

public sealed class StaffHoldApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Staff_release_a_shoppers_hold_with_a_reason_the_stock_is_back_and_the_cart_loses_the_line()
    {
        var product = await factory.ProductAsync(5);
        using var cart = await factory.CartClientAsync();
        var hold = await CartApiTests.HoldAsync(cart, product.Id, 3);
        using var staff = await factory.StaffClientAsync();

        var released = await ApiAssert.JsonAsync(
            await staff.PostAsJsonAsync($"/api/admin/holds/{hold}/release", new { reason = "  Customer called to cancel  " }), HttpStatusCode.OK);

        Assert.Equal(("Released", "Cart", "Released by staff: Customer called to cancel"),
            (released.GetProperty("status").GetString(), released.GetProperty("ownerType").GetString(), released.GetProperty("closeReason").GetString()));
        Assert.Equal(0, (await ApiAssert.JsonAsync(await cart.GetAsync("/api/cart"), HttpStatusCode.OK)).GetProperty("holds").GetArrayLength());
        Assert.Equal(5, (await ApiAssert.JsonAsync(await staff.GetAsync($"/api/products/{product.Id}"), HttpStatusCode.OK)).GetProperty("available").GetInt32());
        var audit = await factory.DbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.ObjectId == hold.ToString() && a.Action == "hold.released"));
        Assert.Equal((StaffSeeder.StaffEmail, "Released by staff: Customer called to cancel"), (audit.Actor, audit.Reason));
    }

    [Fact]
    public async Task Staff_extend_a_hold_within_the_policy_and_a_retried_extend_with_the_same_key_extends_once()
    {
        var product = await factory.ProductAsync(5);
        using var cart = await factory.CartClientAsync();
        var hold = await CartApiTests.HoldAsync(cart, product.Id, 1);
        using var staff = await factory.StaffClientAsync();
        var before = (await ApiAssert.JsonAsync(await staff.GetAsync($"/api/admin/holds/{hold}"), HttpStatusCode.OK)).GetProperty("expiresAt").GetDateTimeOffset();

        var first = await ExtendAsync(staff, hold, "Waiting for the bank transfer", "extend-key-1");
        var replay = await ExtendAsync(staff, hold, "Waiting for the bank transfer", "extend-key-1");

        var extended = await ApiAssert.JsonAsync(first, HttpStatusCode.OK);
        Assert.Equal(before + TimeSpan.FromMinutes(10), extended.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(1, extended.GetProperty("extensionsLeft").GetInt32());
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await factory.DbAsync(db => db.Holds.Where(h => h.Id == hold).Select(h => h.ExtensionCount).SingleAsync()));
        var audit = await factory.DbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.ObjectId == hold.ToString() && a.Action == "hold.extended"));
        Assert.Equal((StaffSeeder.StaffEmail, "Extended by staff: Waiting for the bank transfer"), (audit.Actor, audit.Reason));

        await ApiAssert.JsonAsync(await ExtendAsync(staff, hold, "Still waiting", "extend-key-2"), HttpStatusCode.OK);
        await ApiAssert.ProblemAsync(await ExtendAsync(staff, hold, "Once more", "extend-key-3"), HttpStatusCode.Conflict, "extension_limit");
    }

    [Fact]
    public async Task A_missing_blank_or_long_reason_an_unknown_hold_and_a_closed_hold_are_refused_and_change_nothing()
    {
        var product = await factory.ProductAsync(5);
        using var cart = await factory.CartClientAsync();
        var hold = await CartApiTests.HoldAsync(cart, product.Id, 2);
        using var staff = await factory.StaffClientAsync();
        var before = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/admin/holds/{hold}"), HttpStatusCode.OK);

        foreach (var action in new[] { "release", "extend" })
        {
            var url = $"/api/admin/holds/{hold}/{action}";
            var missing = await ApiAssert.ProblemAsync(await staff.PostAsync(url, null), HttpStatusCode.BadRequest, "invalid_reason");
            Assert.Equal("Give a reason: it goes into the audit log.", missing.GetProperty("detail").GetString());
            await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync(url, new { }), HttpStatusCode.BadRequest, "invalid_reason");
            await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync(url, new { reason = "   " }), HttpStatusCode.BadRequest, "invalid_reason");
            var tooLong = await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync(url, new { reason = new string('x', 501) }), HttpStatusCode.BadRequest, "invalid_reason");
            Assert.Equal("A reason is at most 500 characters.", tooLong.GetProperty("detail").GetString());
            await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync(url, new { reason = 42 }), HttpStatusCode.BadRequest, "invalid_request");
            await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/admin/holds/{Guid.NewGuid()}/{action}", new { reason = "Tidy up" }), HttpStatusCode.NotFound, "hold_not_found");
        }

        var after = await ApiAssert.JsonAsync(await staff.GetAsync($"/api/admin/holds/{hold}"), HttpStatusCode.OK);
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(1, await factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.ObjectId == hold.ToString())));

        await ApiAssert.JsonAsync(await staff.PostAsJsonAsync($"/api/admin/holds/{hold}/release", new { reason = "Duplicate order" }), HttpStatusCode.OK);
        var closed = await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/admin/holds/{hold}/release", new { reason = "Again" }), HttpStatusCode.Conflict, "hold_not_active");
        Assert.Equal("Released", closed.GetProperty("currentStatus").GetString());
        await ApiAssert.ProblemAsync(await staff.PostAsJsonAsync($"/api/admin/holds/{hold}/extend", new { reason = "Too late" }), HttpStatusCode.Conflict, "hold_not_active");
        await ApiAssert.ProblemAsync(await staff.GetAsync($"/api/admin/holds/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "hold_not_found");
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_accounts_without_a_staff_role_403_and_the_hold_stays()
    {
        var product = await factory.ProductAsync(5);
        using var cart = await factory.CartClientAsync();
        var hold = await CartApiTests.HoldAsync(cart, product.Id, 1);
        using var anonymous = factory.Client();
        using var nobody = factory.BearerClient(await factory.UserWithoutRoleTokenAsync());

        foreach (var action in new[] { "release", "extend" })
        {
            await ApiAssert.ProblemAsync(await anonymous.PostAsJsonAsync($"/api/admin/holds/{hold}/{action}", new { reason = "x" }), HttpStatusCode.Unauthorized);
            await ApiAssert.ProblemAsync(await nobody.PostAsJsonAsync($"/api/admin/holds/{hold}/{action}", new { reason = "x" }), HttpStatusCode.Forbidden);
        }

        await ApiAssert.ProblemAsync(await anonymous.GetAsync($"/api/admin/holds/{hold}"), HttpStatusCode.Unauthorized);
        Assert.Equal(HoldStatus.Active, await factory.DbAsync(db => db.Holds.Where(h => h.Id == hold).Select(h => h.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_hold_list_filters_by_warehouse_owner_and_expiry_and_sorts_by_expiry()
    {
        var product = await factory.ProductAsync(20);
        var warehouse = await factory.WarehouseAsync();
        using var first = await factory.CartClientAsync();
        var early = await CartApiTests.HoldAsync(first, product.Id, 1);
        factory.Time.Advance(TimeSpan.FromMinutes(3));
        using var second = await factory.CartClientAsync();
        var late = await CartApiTests.HoldAsync(second, product.Id, 1);
        using var staff = await factory.StaffClientAsync();

        var soon = await Ids(staff, $"/api/admin/holds?productId={product.Id}&expiringWithinMinutes=13");
        var byExpiry = await Ids(staff, $"/api/admin/holds?productId={product.Id}&sort=-expiresAt&warehouseId={warehouse.Id}&ownerType=Cart");

        Assert.Equal([early], soon);
        Assert.Equal([late, early], byExpiry);
        Assert.Empty(await Ids(staff, $"/api/admin/holds?productId={product.Id}&ownerType=Order"));
        Assert.Empty(await Ids(staff, $"/api/admin/holds?productId={product.Id}&warehouseId=987654"));
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/admin/holds?sort=price"), HttpStatusCode.BadRequest, "invalid_sort");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/admin/holds?expiringWithinMinutes=0"), HttpStatusCode.BadRequest, "invalid_request");
        await ApiAssert.ProblemAsync(await staff.GetAsync("/api/admin/holds?ownerType=Robot"), HttpStatusCode.BadRequest, "invalid_request");
    }

    private static Task<HttpResponseMessage> ExtendAsync(HttpClient staff, Guid hold, string reason, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/holds/{hold}/extend") { Content = JsonContent.Create(new { reason }) };
        request.Headers.Add("Idempotency-Key", key);
        return staff.SendAsync(request);
    }

    private static async Task<List<Guid>> Ids(HttpClient staff, string url) =>
        (await ApiAssert.JsonAsync(await staff.GetAsync(url), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Select(h => h.GetProperty("id").GetGuid()).ToList();
}

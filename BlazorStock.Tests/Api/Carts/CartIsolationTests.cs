using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Carts;

/// <summary>IDOR: another cart's hold or order is "not found" (404, never 403), and nothing about it changes.</summary>
public sealed class CartIsolationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Cart_B_cannot_see_change_extend_or_release_cart_As_hold()
    {
        var product = await factory.ProductAsync(10);
        using var cartA = await factory.CartClientAsync();
        using var cartB = await factory.CartClientAsync();
        var hold = await CartApiTests.HoldAsync(cartA, product.Id, 2);

        var bCart = await ApiAssert.JsonAsync(await cartB.GetAsync("/api/cart"), HttpStatusCode.OK);
        Assert.Equal(0, bCart.GetProperty("holds").GetArrayLength());
        await ApiAssert.ProblemAsync(await cartB.PutAsJsonAsync($"/api/cart/holds/{hold}", new ChangeHoldRequest(5)), HttpStatusCode.NotFound, "hold_not_found");
        await ApiAssert.ProblemAsync(await cartB.PostAsync($"/api/cart/holds/{hold}/extend", null), HttpStatusCode.NotFound, "hold_not_found");
        await ApiAssert.ProblemAsync(await cartB.DeleteAsync($"/api/cart/holds/{hold}"), HttpStatusCode.NotFound, "hold_not_found");

        var stored = await factory.DbAsync(db => db.Holds.AsNoTracking().SingleAsync(h => h.Id == hold));
        Assert.Equal((HoldStatus.Active, 2, 0), (stored.Status, stored.Quantity, stored.ExtensionCount));
    }

    [Fact]
    public async Task Cart_B_cannot_pay_cart_As_order()
    {
        var product = await factory.ProductAsync(10);
        using var cartA = await factory.CartClientAsync();
        using var cartB = await factory.CartClientAsync();
        await CartApiTests.HoldAsync(cartA, product.Id, 1);
        var order = (await ApiAssert.JsonAsync(await cartA.PostAsync("/api/cart/checkout", null), HttpStatusCode.Created)).GetProperty("orderId").GetGuid();

        await ApiAssert.ProblemAsync(await cartB.PostAsJsonAsync($"/api/orders/{order}/pay", new { outcome = "succeed" }), HttpStatusCode.NotFound, "order_not_found");

        var stored = await factory.DbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order));
        Assert.Equal(Domain.Orders.PaymentStatus.Unpaid, stored.PaymentStatus);
        await ApiAssert.JsonAsync(await cartA.PostAsJsonAsync($"/api/orders/{order}/pay", new { outcome = "succeed" }), HttpStatusCode.OK);
    }
}

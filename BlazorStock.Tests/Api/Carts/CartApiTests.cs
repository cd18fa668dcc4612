using System.Net;
using System.Net.Http.Json;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Carts;
using BlazorStock.Web.Carts;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Carts;

public sealed class CartApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Creating_a_cart_returns_201_with_a_token_that_opens_an_empty_cart()
    {
        using var client = factory.Client();
        var created = await client.PostAsync("/api/carts", null);
        var token = (await ApiAssert.JsonAsync(created, HttpStatusCode.Created)).GetProperty("cartToken").GetString();

        client.DefaultRequestHeaders.Add(CartIdentity.Header, token);
        var cart = await ApiAssert.JsonAsync(await client.GetAsync("/api/cart"), HttpStatusCode.OK);

        Assert.Equal(0, cart.GetProperty("holds").GetArrayLength());
        Assert.Equal(0m, cart.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Cart_endpoints_answer_401_without_a_cart_or_with_a_forged_token()
    {
        using var client = factory.Client();
        await ApiAssert.ProblemAsync(await client.GetAsync("/api/cart"), HttpStatusCode.Unauthorized, "cart_required");

        client.DefaultRequestHeaders.Add(CartIdentity.Header, "forged-token");
        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(1, 1)), HttpStatusCode.Unauthorized, "cart_required");
        await ApiAssert.ProblemAsync(await client.PostAsync("/api/cart/checkout", null), HttpStatusCode.Unauthorized, "cart_required");
    }

    [Fact]
    public async Task Holding_returns_201_then_200_with_the_grown_hold_and_the_cart_shows_it()
    {
        var product = await factory.ProductAsync(10, d => d with { Price = 12.5m });
        using var client = await factory.CartClientAsync();

        var created = await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 2)), HttpStatusCode.Created);
        var grown = await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 3)), HttpStatusCode.OK);

        Assert.Equal(created.GetProperty("id").GetGuid(), grown.GetProperty("id").GetGuid());
        Assert.Equal(5, grown.GetProperty("quantity").GetInt32());
        Assert.Equal(product.Sku, grown.GetProperty("sku").GetString());
        Assert.Equal("Active", grown.GetProperty("status").GetString());
        Assert.Equal(2, grown.GetProperty("extensionsLeft").GetInt32());
        Assert.Equal(factory.Time.Now.AddMinutes(15), grown.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.EndsWith("+00:00", grown.GetProperty("createdAt").GetString());

        var cart = await ApiAssert.JsonAsync(await client.GetAsync("/api/cart"), HttpStatusCode.OK);
        Assert.Equal(1, cart.GetProperty("holds").GetArrayLength());
        Assert.Equal(62.5m, cart.GetProperty("total").GetDecimal());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(101)]
    public async Task A_quantity_below_1_or_over_the_line_maximum_is_400(int quantity)
    {
        var product = await factory.ProductAsync(500);
        using var client = await factory.CartClientAsync();

        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, quantity)), HttpStatusCode.BadRequest, "invalid_quantity");
    }

    [Fact]
    public async Task An_unknown_product_is_404_and_too_little_stock_is_409_with_what_is_available()
    {
        var product = await factory.ProductAsync(2);
        using var client = await factory.CartClientAsync();

        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(987654, 1)), HttpStatusCode.NotFound, "product_not_found");
        var problem = await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(product.Id, 3)), HttpStatusCode.Conflict, "insufficient_stock");
        Assert.Equal(2, problem.GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task A_per_customer_limit_is_409_limit_exceeded()
    {
        var drop = await factory.ProductAsync(10, d => d with { PerCustomerLimit = 2 });
        using var client = await factory.CartClientAsync();

        await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 2)), HttpStatusCode.Created);
        var problem = await ApiAssert.ProblemAsync(await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(drop.Id, 1)), HttpStatusCode.Conflict, "limit_exceeded");
        Assert.Equal(2, problem.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Changing_a_quantity_is_200_400_or_409_when_there_is_not_enough()
    {
        var product = await factory.ProductAsync(4);
        using var client = await factory.CartClientAsync();
        var hold = await HoldAsync(client, product.Id, 1);

        var changed = await ApiAssert.JsonAsync(await client.PutAsJsonAsync($"/api/cart/holds/{hold}", new ChangeHoldRequest(3)), HttpStatusCode.OK);
        Assert.Equal(3, changed.GetProperty("quantity").GetInt32());
        await ApiAssert.ProblemAsync(await client.PutAsJsonAsync($"/api/cart/holds/{hold}", new ChangeHoldRequest(0)), HttpStatusCode.BadRequest, "invalid_quantity");
        await ApiAssert.ProblemAsync(await client.PutAsJsonAsync($"/api/cart/holds/{hold}", new ChangeHoldRequest(5)), HttpStatusCode.Conflict, "insufficient_stock");
        await ApiAssert.ProblemAsync(await client.PutAsJsonAsync($"/api/cart/holds/{Guid.NewGuid()}", new ChangeHoldRequest(1)), HttpStatusCode.NotFound, "hold_not_found");
    }

    [Fact]
    public async Task Extending_moves_the_expiry_until_the_extensions_run_out_then_409()
    {
        var product = await factory.ProductAsync(4);
        using var client = await factory.CartClientAsync();
        var hold = await HoldAsync(client, product.Id, 1);

        var first = await ApiAssert.JsonAsync(await client.PostAsync($"/api/cart/holds/{hold}/extend", null), HttpStatusCode.OK);
        await ApiAssert.JsonAsync(await client.PostAsync($"/api/cart/holds/{hold}/extend", null), HttpStatusCode.OK);
        var third = await client.PostAsync($"/api/cart/holds/{hold}/extend", null);

        Assert.Equal(factory.Time.Now.AddMinutes(25), first.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(1, first.GetProperty("extensionsLeft").GetInt32());
        await ApiAssert.ProblemAsync(third, HttpStatusCode.Conflict, "extension_limit");
    }

    [Fact]
    public async Task Released_holds_cannot_be_extended_or_released_again()
    {
        var product = await factory.ProductAsync(4);
        using var client = await factory.CartClientAsync();
        var hold = await HoldAsync(client, product.Id, 2);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/cart/holds/{hold}")).StatusCode);

        var problem = await ApiAssert.ProblemAsync(await client.PostAsync($"/api/cart/holds/{hold}/extend", null), HttpStatusCode.Conflict, "hold_not_active");
        Assert.Equal("Released", problem.GetProperty("currentStatus").GetString());
        await ApiAssert.ProblemAsync(await client.DeleteAsync($"/api/cart/holds/{hold}"), HttpStatusCode.Conflict, "hold_not_active");
        Assert.Equal(4, await factory.DbAsync(db => db.StockLevels.Where(s => s.ProductId == product.Id).SumAsync(s => s.OnHand - s.Reserved)));
    }

    [Fact]
    public async Task Checkout_is_201_pending_with_a_payment_deadline_and_payment_confirms_or_declines_with_402()
    {
        var product = await factory.ProductAsync(5, d => d with { Price = 20m });
        using var client = await factory.CartClientAsync();
        await HoldAsync(client, product.Id, 2);

        var checkout = await ApiAssert.JsonAsync(await client.PostAsJsonAsync("/api/cart/checkout", new CheckoutRequest("Ada")), HttpStatusCode.Created);
        var orderId = checkout.GetProperty("orderId").GetGuid();
        Assert.Equal("Pending", checkout.GetProperty("status").GetString());
        Assert.Equal(factory.Time.Now.AddMinutes(15), checkout.GetProperty("paymentDueAt").GetDateTimeOffset());
        Assert.Equal(40m, checkout.GetProperty("total").GetDecimal());

        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync($"/api/orders/{orderId}/pay", new { outcome = "decline" }), HttpStatusCode.PaymentRequired, "payment_declined");
        var paid = await ApiAssert.JsonAsync(await client.PostAsJsonAsync($"/api/orders/{orderId}/pay", new { outcome = "succeed" }), HttpStatusCode.OK);
        Assert.Equal("Confirmed", paid.GetProperty("status").GetString());
        Assert.Equal("Paid", paid.GetProperty("paymentStatus").GetString());
        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync($"/api/orders/{orderId}/pay", new { outcome = "Succeed" }), HttpStatusCode.Conflict, "already_paid");
    }

    [Fact]
    public async Task Checkout_of_an_empty_cart_is_409_and_of_an_expired_hold_409_listing_the_line()
    {
        var product = await factory.ProductAsync(5, d => d with { HoldDuration = TimeSpan.FromSeconds(30) });
        using var client = await factory.CartClientAsync();
        await ApiAssert.ProblemAsync(await client.PostAsync("/api/cart/checkout", null), HttpStatusCode.Conflict, "empty_cart");
        var hold = await HoldAsync(client, product.Id, 1);

        factory.Time.Advance(TimeSpan.FromSeconds(31));

        var cart = await ApiAssert.JsonAsync(await client.GetAsync("/api/cart"), HttpStatusCode.OK);
        Assert.Equal("Expired", cart.GetProperty("holds")[0].GetProperty("status").GetString());
        Assert.Equal(0m, cart.GetProperty("total").GetDecimal());
        await ApiAssert.ProblemAsync(await client.PostAsync($"/api/cart/holds/{hold}/extend", null), HttpStatusCode.Conflict, "hold_expired");
        var problem = await ApiAssert.ProblemAsync(await client.PostAsync("/api/cart/checkout", null), HttpStatusCode.Conflict, "invalid_holds");
        var line = Assert.Single(problem.GetProperty("lines").EnumerateArray());
        Assert.Equal(hold, line.GetProperty("holdId").GetGuid());
        Assert.Equal("expired", line.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Paying_an_unknown_order_is_404()
    {
        using var client = await factory.CartClientAsync();

        await ApiAssert.ProblemAsync(await client.PostAsJsonAsync($"/api/orders/{Guid.NewGuid()}/pay", new { outcome = "Succeed" }), HttpStatusCode.NotFound, "order_not_found");
    }

    internal static async Task<Guid> HoldAsync(HttpClient client, int productId, int quantity)
    {
        var response = await client.PostAsJsonAsync("/api/cart/holds", new CreateHoldRequest(productId, quantity));
        return (await ApiAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}

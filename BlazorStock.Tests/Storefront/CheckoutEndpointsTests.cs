using System.Net;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Storefront;

public sealed class CheckoutEndpointsTests : StorefrontTest
{
    [Fact]
    public async Task Checkout_then_a_successful_payment_confirms_the_order_and_commits_its_stock()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 3);
        using var shopper = Shopper.For(Factory);
        await shopper.AddAsync(desk.Id, 2);
        Assert.Contains("Place order · $200.00", await shopper.PageAsync("/checkout"));

        var placed = await shopper.HtmxAsync("/checkout/place", new { customer = "Ada" });

        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        var location = placed.Headers.GetValues("HX-Redirect").Single();
        Assert.Matches("^/orders/[0-9a-f-]{36}$", location);
        var orderPage = await shopper.PageAsync(location);
        Assert.Contains("Awaiting payment", orderPage);
        Assert.Contains("Placed by Ada", orderPage);
        Assert.Contains("data-expires-at=\"2026-11-01T12:15:00.000Z\"", orderPage);
        Assert.DoesNotContain("Walnut Desk", await shopper.PageAsync("/cart"));

        var paid = await shopper.HtmxAsync($"{location}/pay", new { outcome = "succeed" });

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var html = await paid.Content.ReadAsStringAsync();
        Assert.Contains("Payment received", html);
        Assert.Contains("data-testid=\"order-status\">Confirmed<", html);
        var order = await OrderAsync(Guid.Parse(location["/orders/".Length..]));
        Assert.Equal((OrderStatus.Confirmed, PaymentStatus.Paid, 200m), (order.Status, order.PaymentStatus, order.Total));
        Assert.Equal(1, await Services.AvailableAsync(desk.Id));
        Assert.Contains("Confirmed", await shopper.PageAsync(location));
    }

    [Fact]
    public async Task A_declined_payment_leaves_the_order_waiting_with_a_readable_message()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 3);
        using var shopper = Shopper.For(Factory);
        await shopper.AddAsync(desk.Id);
        var placed = await shopper.HtmxAsync("/checkout/place", new { customer = "" });
        Assert.True(placed.Headers.Contains("HX-Redirect"), await placed.Content.ReadAsStringAsync());
        var location = placed.Headers.GetValues("HX-Redirect").Single();

        var declined = await shopper.HtmxAsync($"{location}/pay", new { outcome = "decline" });

        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        var html = await declined.Content.ReadAsStringAsync();
        Assert.Contains("The payment was declined. Your order is still waiting for payment; try again.", html);
        Assert.Contains("Awaiting payment", html);
        Assert.Equal(OrderStatus.Pending, (await OrderAsync(Guid.Parse(location["/orders/".Length..]))).Status);
        Assert.Equal(2, await Services.AvailableAsync(desk.Id));
    }

    [Fact]
    public async Task Checkout_with_an_expired_line_lists_it_with_what_can_still_be_held_and_places_nothing()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 5);
        var lamp = await Services.ProductAsync(Main, "Desk Lamp", 5, d => d with { HoldDuration = TimeSpan.FromHours(1) });
        using var shopper = Shopper.For(Factory);
        using var other = Shopper.For(Factory);
        await shopper.AddAsync(desk.Id, 2);
        await shopper.AddAsync(lamp.Id);
        Factory.Clock!.Advance(TimeSpan.FromMinutes(16));
        await other.AddAsync(desk.Id, 2);

        var refused = await shopper.HtmxAsync("/checkout/place", new { customer = "" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Some items in your cart are no longer held", html);
        Assert.Contains("<strong>Walnut Desk</strong> × 2 — expired.", html);
        Assert.Contains("1 can still be held.", html);
        Assert.Contains("Hold 1 again", html);
        Assert.Contains("Desk Lamp", html);
        Assert.Empty(await QueryAsync(db => db.Orders.ToListAsync()));
    }

    [Fact]
    public async Task Without_javascript_checkout_and_payment_post_and_redirect()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 3);
        using var shopper = Shopper.For(Factory);
        await shopper.AddAsync(desk.Id);

        var placed = await shopper.PlainPostAsync("/checkout/place", new { customer = "" });
        var location = placed.Headers.Location!.OriginalString;
        var paid = await shopper.PlainPostAsync($"{location}/pay", new { outcome = "succeed" });
        var again = await shopper.PlainPostAsync($"{location}/pay", new { outcome = "succeed" });
        var emptyCheckout = await shopper.PlainPostAsync("/checkout/place");

        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Matches("^/orders/[0-9a-f-]{36}$", location);
        Assert.Equal(location, paid.Headers.Location!.OriginalString);
        Assert.Equal($"{location}?problem=already_paid", again.Headers.Location!.OriginalString);
        Assert.Equal("/checkout?problem=empty_cart", emptyCheckout.Headers.Location!.OriginalString);
        var page = await shopper.PageAsync(location);
        Assert.Contains("Placed by Guest", page);
        Assert.Contains("data-testid=\"order-status\">Confirmed<", page);
        Assert.Contains("Your cart is empty.", await shopper.PageAsync("/checkout?problem=empty_cart"));
    }

    [Fact]
    public async Task Another_carts_order_is_not_found()
    {
        var desk = await Services.ProductAsync(Main, "Walnut Desk", 3);
        using var owner = Shopper.For(Factory);
        using var stranger = Shopper.For(Factory);
        await owner.AddAsync(desk.Id);
        await stranger.AddAsync(desk.Id);
        var location = (await owner.HtmxAsync("/checkout/place", new { customer = "" })).Headers.GetValues("HX-Redirect").Single();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"{location}/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.HtmxAsync($"{location}/pay", new { outcome = "succeed" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PlainPostAsync($"{location}/pay", new { outcome = "succeed" })).StatusCode);
        Assert.Equal(OrderStatus.Pending, (await OrderAsync(Guid.Parse(location["/orders/".Length..]))).Status);
        Assert.Contains("Awaiting payment", await owner.PageAsync($"{location}/status"));
    }

    private Task<Order> OrderAsync(Guid id) => QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == id));

    private async Task<T> QueryAsync<T>(Func<StockDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StockDbContext>());
    }
}

using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Holds;

/// <summary>Per-customer limits of signed-in shoppers (issue 17): per account across carts and orders, per drop window.</summary>
public sealed class CustomerLimitTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task One_account_cannot_pass_the_limit_with_a_second_cart_but_another_account_can()
    {
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1 }, (_main, 5));
        await Hold("cart-1", drop, 1, "ann");

        var refused = await Assert.ThrowsAsync<DomainException>(() => Hold("cart-2", drop, 1, "ann"));
        await Hold("cart-3", drop, 1, "bob");

        Assert.Equal(ErrorCodes.LimitExceeded, refused.Code);
        Assert.Equal(1, refused.Details["alreadyHeldOrOrdered"]);
        Assert.Equal(3, await _store.AvailableAsync(drop.Id));
    }

    [Fact]
    public async Task Releasing_expiring_or_shrinking_gives_the_units_back_and_an_order_keeps_them_counted()
    {
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 2 }, (_main, 10));
        var first = await Hold("cart-1", drop, 2, "ann");
        await _store.HoldsAsync(h => h.ChangeQuantityAsync(first.Hold.Id, HoldOwner.Cart("cart-1"), 1, CancellationToken.None));
        var second = await Hold("cart-2", drop, 1, "ann");
        await _store.HoldsAsync(h => h.ReleaseAsync(second.Hold.Id, HoldOwner.Cart("cart-2"), CancellationToken.None));
        var third = await Hold("cart-3", drop, 1, "ann");
        _store.Clock.Advance(TimeSpan.FromMinutes(16));
        await _store.HoldsAsync(h => h.ExpireDueAsync(100, CancellationToken.None));

        // Both holds lapsed or were given up: the account may hold two again; checking out keeps them counted.
        await Hold("cart-4", drop, 2, "ann");
        await _store.OrdersAsync(o => o.CheckoutAsync("cart-4", "Ann", "ann", CancellationToken.None));
        var afterOrder = await Assert.ThrowsAsync<DomainException>(() => Hold("cart-5", drop, 1, "ann"));

        Assert.Equal(ErrorCodes.LimitExceeded, afterOrder.Code);
        Assert.Equal(2, await UsedAsync("ann", drop));
        _ = third;
    }

    [Fact]
    public async Task Cancelling_the_order_gives_the_units_back()
    {
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1 }, (_main, 10));
        await Hold("cart-1", drop, 1, "ann");
        var order = await _store.OrdersAsync(o => o.CheckoutAsync("cart-1", "Ann", "ann", CancellationToken.None));
        await _store.OrdersAsync(o => o.PayAsync(order.Id, "cart-1", true, CancellationToken.None));

        await _store.OrdersAsync(o => o.CancelAsync(order.Id, "cart-1", "Changed my mind", CancellationToken.None));

        Assert.Equal(0, await UsedAsync("ann", drop));
        Assert.True((await Hold("cart-2", drop, 1, "ann")).Created);
    }

    [Fact]
    public async Task A_new_drop_start_opens_a_new_window()
    {
        var start = _store.Clock.Now;
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1, DropStartsAt = start }, (_main, 10));
        await Hold("cart-1", drop, 1, "ann");
        await Assert.ThrowsAsync<DomainException>(() => Hold("cart-2", drop, 1, "ann"));

        await _store.CatalogAsync(c => c.UpdateProductAsync(drop.Id, Details(drop) with { PerCustomerLimit = 1, DropStartsAt = start + TimeSpan.FromSeconds(1) }, null, CancellationToken.None));
        _store.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True((await Hold("cart-2", drop, 1, "ann")).Created);
    }

    [Fact]
    public async Task Before_the_drop_opens_and_without_an_account_a_shopper_cannot_hold()
    {
        var opens = _store.Clock.Now + TimeSpan.FromMinutes(5);
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1, RequiresSignIn = true, DropStartsAt = opens }, (_main, 10));

        var early = await Assert.ThrowsAsync<DomainException>(() => Hold("cart-1", drop, 1, "ann"));
        _store.Clock.Advance(TimeSpan.FromMinutes(5));
        var anonymous = await Assert.ThrowsAsync<DomainException>(() => Hold("cart-1", drop, 1, null));
        var signedIn = await Hold("cart-1", drop, 1, "ann");

        Assert.Equal(ErrorCodes.DropNotOpen, early.Code);
        Assert.Equal(ErrorCodes.SignInRequired, anonymous.Code);
        Assert.True(signedIn.Created);
    }

    private Task<HoldResult> Hold(string cart, Product product, int quantity, string? customer) =>
        _store.HoldAsync(new HoldRequest(HoldOwner.Cart(cart), product.Id, quantity, CustomerId: customer));

    private Task<int> UsedAsync(string customer, Product product) =>
        _store.QueryAsync(db => db.CustomerLimitUsages.Where(u => u.CustomerId == customer && u.ProductId == product.Id).SumAsync(u => u.Used));

    private static ProductDetails Details(Product p) =>
        new(p.Sku, p.Name, p.Description, p.Category, p.Price, p.Tracking, p.IsActive, p.HoldDuration, p.PerCustomerLimit, p.LowStockThreshold, p.RequiresSignIn, p.DropStartsAt);
}

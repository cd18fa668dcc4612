using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Waitlist;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Waitlist;

/// <summary>The waitlist and its hand-off holds (issue 17, docs/decisions/009).</summary>
public sealed class WaitlistTests : IAsyncLifetime
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
    public async Task Freed_units_go_to_the_line_in_order_in_the_same_write_as_the_release_and_never_more_than_was_freed()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 3));
        var a = await _store.HoldAsync("cart-a", lamp.Id, 3);
        await Join("cart-b", lamp, 1);
        await Join("cart-c", lamp, 1);
        await Join("cart-d", lamp, 2);
        _store.Events.Clear();

        await _store.HoldsAsync(h => h.ChangeQuantityAsync(a.Hold.Id, HoldOwner.Cart("cart-a"), 1, CancellationToken.None));

        // Two freed: B and C in order; D asked for two and nothing is left for it.
        Assert.Equal(1, (await ActiveHold("cart-b", lamp)).Quantity);
        Assert.Equal(1, (await ActiveHold("cart-c", lamp)).Quantity);
        Assert.Null(await ActiveHoldOrNull("cart-d", lamp));
        Assert.Equal(0, await _store.AvailableAsync(lamp.Id));
        var handed = _store.Events.Of<HoldHandedOff>().Select(e => e.Hold.Owner.Id).ToList();
        Assert.Equal(["cart-b", "cart-c"], handed);

        await _store.HoldsAsync(h => h.ReleaseAsync(a.Hold.Id, HoldOwner.Cart("cart-a"), CancellationToken.None));

        // One more freed: D gets one (all there was), and leaves the line with it.
        var d = await ActiveHold("cart-d", lamp);
        Assert.Equal(1, d.Quantity);
        Assert.True(d.FromWaitlist);
        Assert.Equal(_store.Clock.Now + TimeSpan.FromMinutes(10), d.ExpiresAt);
        Assert.Empty(await WaitingAsync(lamp));
        Assert.Empty(await _store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_lapsed_hand_off_passes_to_the_next_in_line_and_cannot_be_extended()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 1));
        var a = await _store.HoldAsync("cart-a", lamp.Id, 1);
        await Join("cart-b", lamp, 1);
        await Join("cart-c", lamp, 1);
        await _store.HoldsAsync(h => h.ReleaseAsync(a.Hold.Id, HoldOwner.Cart("cart-a"), CancellationToken.None));
        var b = await ActiveHold("cart-b", lamp);

        var extend = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(h => h.ExtendAsync(b.Id, HoldOwner.Cart("cart-b"), null, CancellationToken.None)));
        _store.Clock.Advance(TimeSpan.FromMinutes(10));
        await _store.HoldsAsync(h => h.ExpireDueAsync(100, CancellationToken.None));

        Assert.Equal(ErrorCodes.HoldNotExtendable, extend.Code);
        Assert.Equal(HoldStatus.Expired, (await _store.HoldByIdAsync(b.Id)).Status);
        Assert.True((await ActiveHold("cart-c", lamp)).FromWaitlist);
        Assert.Empty(await WaitingAsync(lamp));
    }

    [Fact]
    public async Task Received_stock_and_a_cancelled_order_serve_the_line_too()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 1));
        await _store.HoldAsync("cart-a", lamp.Id, 1);
        var order = await _store.OrdersAsync(o => o.CheckoutAsync("cart-a", "Ann", null, CancellationToken.None));
        await Join("cart-b", lamp, 1);
        await Join("cart-c", lamp, 1);

        await _store.StockAsync(s => s.AdjustAsync(lamp.Id, _main.Id, 1, "Received", CancellationToken.None));
        Assert.NotNull(await ActiveHoldOrNull("cart-b", lamp));

        await _store.OrdersAsync(o => o.CancelAsync(order.Id, "cart-a", "Changed my mind", CancellationToken.None));
        Assert.NotNull(await ActiveHoldOrNull("cart-c", lamp));
        Assert.Equal((2, 2), await LevelAsync(lamp));
    }

    [Fact]
    public async Task Joining_needs_the_product_sold_out_one_place_per_cart_and_account_and_stays_within_the_customer_limit()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 1));
        var notSoldOut = await Assert.ThrowsAsync<DomainException>(() => Join("cart-b", lamp, 1));
        await _store.HoldAsync("cart-a", lamp.Id, 1);
        await Join("cart-b", lamp, 1, "bob");

        var sameCart = await Assert.ThrowsAsync<DomainException>(() => Join("cart-b", lamp, 1));
        var sameAccount = await Assert.ThrowsAsync<DomainException>(() => Join("cart-x", lamp, 1, "bob"));
        var holding = await Assert.ThrowsAsync<DomainException>(() => Join("cart-a", lamp, 1));
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 1 }, (_main, 1));
        await _store.HoldAsync("cart-z", drop.Id, 1);
        var overLimit = await Assert.ThrowsAsync<DomainException>(() => Join("cart-b", drop, 2, "bob"));

        Assert.Equal(ErrorCodes.NotSoldOut, notSoldOut.Code);
        Assert.Equal([ErrorCodes.AlreadyWaiting, ErrorCodes.AlreadyWaiting, ErrorCodes.AlreadyWaiting], new[] { sameCart.Code, sameAccount.Code, holding.Code });
        Assert.Equal(ErrorCodes.LimitExceeded, overLimit.Code);
    }

    [Fact]
    public async Task An_entry_whose_customer_reached_the_limit_meanwhile_is_skipped_for_the_next()
    {
        var drop = await _store.ProductAsync("Sneaker", d => d with { PerCustomerLimit = 2 }, (_main, 3));
        await _store.HoldAsync(new HoldRequest(HoldOwner.Cart("cart-x"), drop.Id, 1, CustomerId: "bob"));
        var a = await _store.HoldAsync("cart-a", drop.Id, 2);
        await Join("cart-b", drop, 1, "bob");
        await Join("cart-c", drop, 1, "cy");
        var product = await _store.QueryAsync(db => db.Products.SingleAsync(p => p.Id == drop.Id));
        await _store.CatalogAsync(c => c.UpdateProductAsync(drop.Id, new ProductDetails(product.Sku, product.Name, "", "Test", 10m, PerCustomerLimit: 1), null, CancellationToken.None));

        await _store.HoldsAsync(h => h.ChangeQuantityAsync(a.Hold.Id, HoldOwner.Cart("cart-a"), 1, CancellationToken.None));

        Assert.Null(await ActiveHoldOrNull("cart-b", drop));
        Assert.True((await ActiveHold("cart-c", drop)).FromWaitlist);
        var bob = await _store.QueryAsync(db => db.WaitlistEntries.SingleAsync(e => e.CustomerId == "bob"));
        Assert.Equal(WaitlistStatus.Skipped, bob.Status);
        Assert.Contains("limited to 1", bob.CloseReason);
    }

    [Fact]
    public async Task Signing_in_moves_a_place_in_line_to_the_account()
    {
        var lamp = await _store.ProductAsync("Lamp", (_main, 1));
        var a = await _store.HoldAsync("cart-a", lamp.Id, 1);
        await Join("anon", lamp, 1);

        await _store.RunAsync(sp => sp.GetRequiredService<BlazorStock.Domain.Customers.CustomerService>().MergeCartAsync("anon", "account", "ann", CancellationToken.None));
        await _store.HoldsAsync(h => h.ReleaseAsync(a.Hold.Id, HoldOwner.Cart("cart-a"), CancellationToken.None));

        var handed = await ActiveHold("account", lamp);
        Assert.Equal("ann", handed.CustomerId);
    }

    private Task<WaitlistEntry> Join(string cart, Product product, int quantity, string? customer = null) =>
        _store.RunAsync(sp => sp.GetRequiredService<WaitlistService>().JoinAsync(cart, customer, product.Id, quantity, CancellationToken.None));

    private async Task<Hold> ActiveHold(string cart, Product product) => (await ActiveHoldOrNull(cart, product))!;

    private Task<Hold?> ActiveHoldOrNull(string cart, Product product) =>
        _store.QueryAsync(db => db.Holds.SingleOrDefaultAsync(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cart && h.ProductId == product.Id && h.Status == HoldStatus.Active));

    private Task<List<WaitlistEntry>> WaitingAsync(Product product) =>
        _store.QueryAsync(db => db.WaitlistEntries.Where(e => e.ProductId == product.Id && e.Status == WaitlistStatus.Waiting).ToListAsync());

    private async Task<(int OnHand, int Reserved)> LevelAsync(Product product)
    {
        var level = await _store.LevelAsync(product.Id, _main.Id);
        return (level.OnHand, level.Reserved);
    }
}

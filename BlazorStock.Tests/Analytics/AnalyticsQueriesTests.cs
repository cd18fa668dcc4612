using BlazorStock.Domain.Analytics;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;

namespace BlazorStock.Tests.Analytics;

public sealed class AnalyticsQueriesTests
{
    [Fact]
    public async Task A_window_counts_what_holds_did_in_it_overall_and_per_product_with_buckets_that_add_up()
    {
        await using var store = await TestStore.CreateAsync();
        var (main, _) = await store.WarehousesAsync();
        var desk = await store.ProductAsync("Walnut Desk", (main, 50));
        var lamp = await store.ProductAsync("Desk Lamp", (main, 50));
        var start = store.Clock.Now - TimeSpan.FromSeconds(1);

        // Hour 0: two carts hold desks; one checks out after 2 min and pays, the other lets it expire.
        var paid = await store.HoldAsync("cart-paid", desk.Id, 3);
        await store.HoldAsync("cart-lapsed", desk.Id, 1);
        await store.HoldsAsync(h => h.ExtendAsync(paid.Hold.Id, HoldOwner.Cart("cart-paid"), "more time", CancellationToken.None));
        store.Clock.Advance(TimeSpan.FromMinutes(2));
        var order = await store.OrdersAsync(o => o.CheckoutAsync("cart-paid", "Ada", null, CancellationToken.None));
        await store.OrdersAsync(o => o.PayAsync(order.Id, "cart-paid", succeed: true, CancellationToken.None));
        store.Clock.Advance(TimeSpan.FromMinutes(20));
        await store.HoldsAsync(h => h.ExpireDueAsync(100, CancellationToken.None));

        // Hour 1: a lamp held and removed from the cart.
        store.Clock.Advance(TimeSpan.FromMinutes(40));
        var lampHold = await store.HoldAsync("cart-lamp", lamp.Id, 2);
        await store.HoldsAsync(h => h.ReleaseAsync(lampHold.Hold.Id, HoldOwner.Cart("cart-lamp"), CancellationToken.None));

        var all = await store.QueryAsync(db => AnalyticsQueries.LoadAsync(db, start, start.AddHours(3), TimeSpan.FromHours(1), null, CancellationToken.None));

        Assert.Equal((3, 6, 1), (all.Created, all.UnitsHeld, all.ExtensionsUsed));
        Assert.Equal((1, 1, 1), (all.Outcomes.Converted, all.Outcomes.Expired, all.Outcomes.Released));
        Assert.Equal(1, all.CheckedOut);
        Assert.InRange(all.MedianTimeToCheckout!.Value, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) + AnalyticsQueries.CheckoutSlice);
        Assert.Equal([("Walnut Desk", 4), ("Desk Lamp", 2)], all.MostHeld.Select(p => (p.Name, p.Count)));
        Assert.Equal([("Walnut Desk", 1)], all.MostExpired.Select(p => (p.Name, p.Count)));
        Assert.Equal(3, all.Buckets.Count);
        Assert.Equal([2, 1, 0], all.Buckets.Select(b => b.Created));
        Assert.Equal(all.Outcomes.Closed, all.Buckets.Sum(b => b.Outcomes.Closed));

        var lampOnly = await store.QueryAsync(db => AnalyticsQueries.LoadAsync(db, start, start.AddHours(3), TimeSpan.FromHours(1), lamp.Id, CancellationToken.None));
        Assert.Equal((1, 2, 0, 1), (lampOnly.Created, lampOnly.UnitsHeld, lampOnly.Outcomes.Converted, lampOnly.Outcomes.Released));
        Assert.Null(lampOnly.MedianTimeToCheckout);
        Assert.Empty(lampOnly.MostExpired);

        var before = await store.QueryAsync(db => AnalyticsQueries.LoadAsync(db, start.AddHours(-3), start, TimeSpan.FromHours(1), null, CancellationToken.None));
        Assert.Equal(0, before.Created + before.Outcomes.Closed);
    }
}

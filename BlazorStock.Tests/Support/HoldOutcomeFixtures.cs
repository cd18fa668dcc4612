using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;

namespace BlazorStock.Tests.Support;

/// <summary>A day of holds with every outcome, for the tests of the conversion and expiry rates.</summary>
public static class HoldOutcomeFixtures
{
    /// <summary>
    /// A hold released two days ago (outside the last day), then within the last day: one sale, one sale
    /// refunded (released), one expired, one removed from a cart (released), and one still held. So the last
    /// day closed 1 converted, 1 expired and 2 released: conversion 25 %, expiry 25 %.
    /// </summary>
    public static async Task ArrangeMixedDayAsync(this TestStore store, Product product)
    {
        var old = (await store.HoldAsync("cart-old", product.Id, 1)).Hold;
        await store.HoldsAsync(h => h.ReleaseAsync(old.Id, old.Owner, CancellationToken.None));
        store.Clock.Advance(TimeSpan.FromDays(2));

        await store.PaidOrderAsync("cart-sold", product.Id);
        var refunded = await store.PaidOrderAsync("cart-refunded", product.Id);
        await store.OrdersAsync(o => o.CancelAsync(refunded.Id, null, "Customer changed their mind", CancellationToken.None));
        await store.HoldAsync("cart-expired", product.Id, 1);
        var removed = (await store.HoldAsync("cart-removed", product.Id, 1)).Hold;
        await store.HoldsAsync(h => h.ReleaseAsync(removed.Id, removed.Owner, CancellationToken.None));
        store.Clock.Advance(TimeSpan.FromMinutes(20));
        await store.HoldsAsync(h => h.ExpireDueAsync(100, CancellationToken.None));
        await store.HoldAsync("cart-open", product.Id, 1);
    }

    private static async Task<Order> PaidOrderAsync(this TestStore store, string cart, int productId)
    {
        await store.HoldAsync(cart, productId, 1);
        var order = await store.OrdersAsync(o => o.CheckoutAsync(cart, "Ada", null, CancellationToken.None));
        return await store.OrdersAsync(o => o.PayAsync(order.Id, cart, succeed: true, CancellationToken.None));
    }
}

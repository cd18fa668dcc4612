using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorStock.Tests.Live;

public sealed class HubForwarderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly RecordingHub _hub = new();

    [Fact]
    public async Task A_carts_hold_events_go_to_that_carts_group_only()
    {
        await ForwardAsync(new HoldExpired(Now, Snapshot(HoldOwner.Cart("cart-a"), 7, "Walnut Desk")), new HoldCreated(Now, Snapshot(HoldOwner.Order(Guid.NewGuid()), 8, "Lamp")));

        var (group, _, payload) = Assert.Single(_hub.Sent, s => s.Method == "CartChanged");
        Assert.Equal("cart:cart-a", group);
        var change = Assert.IsType<CartChange>(payload);
        Assert.Equal(("expired", 7, "Walnut Desk", 2), (change.Kind, change.ProductId!.Value, change.ProductName, change.Quantity));
    }

    [Fact]
    public async Task Availability_changes_are_pushed_once_per_dispatch_with_every_product_that_moved()
    {
        await ForwardAsync(
            new StockLevelChanged(Now, 3, 1, 10, 2, "stock.reserved"),
            new StockLevelChanged(Now, 5, 1, 4, 1, "stock.reserved"),
            new StockLevelChanged(Now, 3, 2, 6, 1, "stock.reserved"),
            new HoldExtended(Now, Snapshot(HoldOwner.Cart("cart-a"), 9, "Bundle")));

        var (group, _, payload) = Assert.Single(_hub.Sent, s => s.Method == "ProductsChanged");
        Assert.Equal(StockHub.StockGroup, group);
        Assert.Equal([3, 5, 9], Assert.IsType<int[]>(payload));
        Assert.Equal(3, _hub.Sent.Count(s => s.Method == "StockChanged"));
    }

    [Fact]
    public async Task Order_changes_go_to_the_group_of_the_cart_the_order_came_from()
    {
        var orderId = Guid.NewGuid();

        await ForwardAsync(
            new OrderPlaced(Now, orderId, "cart-a", "Ada", 10m),
            new OrderStatusChanged(Now, orderId, "cart-a", OrderStatus.Pending, OrderStatus.Confirmed, PaymentStatus.Paid),
            new OrderStatusChanged(Now, Guid.NewGuid(), null, OrderStatus.Confirmed, OrderStatus.Shipped, PaymentStatus.Paid));

        Assert.Equal(
            [("cart:cart-a", "CartChanged"), ("cart:cart-a", "OrderChanged")],
            _hub.Sent.Select(s => (s.Group, s.Method)).ToArray());
        var change = Assert.IsType<OrderChange>(_hub.Sent[1].Payload);
        Assert.Equal((orderId, "Confirmed", "Paid"), (change.OrderId, change.Status, change.PaymentStatus));
    }

    [Fact]
    public async Task Events_dispatched_by_the_notifier_reach_hub_clients_through_the_forwarders_own_loop()
    {
        var notifier = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        using var forwarder = new HubForwarder(notifier, _hub, NullLogger<HubForwarder>.Instance);
        await forwarder.StartAsync(CancellationToken.None);
        await Until(() => notifier.SubscriptionCount == 1);

        notifier.Dispatch([new HoldCreated(Now, Snapshot(HoldOwner.Cart("cart-b"), 4, "Desk Lamp"))]);

        await Until(() => _hub.Sent.Any(s => s.Group == "cart:cart-b"));
        await forwarder.StopAsync(CancellationToken.None);
        Assert.Equal(0, notifier.SubscriptionCount);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private Task ForwardAsync(params DomainEvent[] events) =>
        new HubForwarder(new LiveNotifier(NullLogger<LiveNotifier>.Instance), _hub, NullLogger<HubForwarder>.Instance).ForwardAsync(events);

    private static HoldSnapshot Snapshot(HoldOwner owner, int productId, string name) =>
        new(Guid.NewGuid(), owner, productId, "SKU", name, 2, HoldStatus.Active, Now, Now.AddMinutes(15), 0, 2, []);
}

using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;
using BlazorStock.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Orders;

public sealed class OrderServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Warehouse _main = null!;
    private Product _desk = null!;
    private Product _lamp = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        (_main, _) = await _store.WarehousesAsync();
        _desk = await _store.ProductAsync("Desk", d => d with { Price = 100m }, (_main, 5));
        _lamp = await _store.ProductAsync("Lamp", d => d with { Price = 20m }, (_main, 10));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public static TheoryData<OrderStatus, OrderStatus, bool> AllMoves()
    {
        var allowed = new HashSet<(OrderStatus, OrderStatus)>
        {
            (OrderStatus.Pending, OrderStatus.Confirmed), (OrderStatus.Pending, OrderStatus.Cancelled),
            (OrderStatus.Confirmed, OrderStatus.Processing), (OrderStatus.Confirmed, OrderStatus.Cancelled),
            (OrderStatus.Processing, OrderStatus.Shipped), (OrderStatus.Shipped, OrderStatus.Delivered),
        };
        var data = new TheoryData<OrderStatus, OrderStatus, bool>();
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            foreach (var to in Enum.GetValues<OrderStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void The_order_state_machine_allows_exactly_its_table(OrderStatus from, OrderStatus to, bool allowed) =>
        Assert.Equal(allowed, OrderTransitions.CanMove(from, to));

    public static TheoryData<OrderStatus, OrderStatus> PaidOnlyMoves()
    {
        var data = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var (from, tos) in OrderTransitions.Allowed)
        {
            foreach (var to in tos.Where(t => t != OrderStatus.Cancelled))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PaidOnlyMoves))]
    public void Every_move_but_cancelling_needs_the_order_paid(OrderStatus from, OrderStatus to)
    {
        Assert.False(OrderTransitions.CanMove(from, to, PaymentStatus.Unpaid));
        Assert.True(OrderTransitions.CanMove(from, to, PaymentStatus.Paid));
        Assert.DoesNotContain(to, OrderTransitions.Next(from, PaymentStatus.Unpaid));
        Assert.Contains(to, OrderTransitions.Next(from, PaymentStatus.Paid));
    }

    [Fact]
    public async Task An_unpaid_staff_order_cannot_be_confirmed_until_its_payment_is_recorded()
    {
        var order = await _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_desk.Id, 2)], reserve: true, CancellationToken.None));
        Assert.Equal(new[] { OrderStatus.Cancelled }, order.NextStatuses);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Move(order, OrderStatus.Confirmed));

        Assert.Equal(ErrorCodes.PaymentRequired, refused.Code);
        Assert.Equal("An unpaid order cannot be confirmed; record its payment first.", refused.Message);
        Assert.Equal(HoldStatus.Active, (await _store.QueryAsync(db => db.Holds.AsNoTracking().SingleAsync())).Status);

        var paid = await RecordPayment(order, " INV-1042 ");
        Assert.Equal((OrderStatus.Pending, PaymentStatus.Paid, "INV-1042"), (paid.Status, paid.PaymentStatus, paid.PaymentReference));
        Assert.Equal(new[] { OrderStatus.Confirmed, OrderStatus.Cancelled }, paid.NextStatuses);
        var audit = await _store.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "order.paid"));
        Assert.Equal((order.Id.ToString(), "test"), (audit.ObjectId, audit.Actor));
        Assert.Contains("INV-1042", audit.NewValues);

        foreach (var to in new[] { OrderStatus.Confirmed, OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered })
        {
            await Move(order, to);
        }

        var level = await _store.LevelAsync(_desk.Id, _main.Id);
        Assert.Equal((3, 0), (level.OnHand, level.Reserved));
    }

    [Fact]
    public async Task An_order_moved_on_unpaid_before_the_rule_cannot_ship_until_its_payment_is_recorded()
    {
        var order = await PaidOrder(_desk, 2);
        await Move(order, OrderStatus.Processing);
        await _store.QueryAsync(db => db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.PaymentStatus, PaymentStatus.Unpaid)));
        var unpaid = await _store.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id));
        Assert.Empty(unpaid.NextStatuses);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Move(order, OrderStatus.Shipped));

        Assert.Equal(ErrorCodes.PaymentRequired, refused.Code);
        Assert.Equal("An unpaid order cannot ship; record its payment first.", refused.Message);
        Assert.Equal("Shipped", refused.Details["to"]);
        Assert.Equal(OrderStatus.Processing, (await _store.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id))).Status);
        Assert.Equal((5, 2), await Counts(_desk));

        await RecordPayment(order, "Transfer 77");
        var shipped = await Move(order, OrderStatus.Shipped);
        Assert.Equal(OrderStatus.Shipped, shipped.Status);
    }

    [Fact]
    public async Task Recording_a_payment_needs_a_reference_and_an_unpaid_open_order()
    {
        var order = await _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_desk.Id, 1)], reserve: true, CancellationToken.None));

        Assert.Equal(ErrorCodes.InvalidPaymentReference, (await Assert.ThrowsAsync<DomainException>(() => RecordPayment(order, "  "))).Code);
        Assert.Equal(ErrorCodes.InvalidPaymentReference, (await Assert.ThrowsAsync<DomainException>(() => RecordPayment(order, new string('x', 101)))).Code);
        await RecordPayment(order, "INV-1");
        Assert.Equal(ErrorCodes.AlreadyPaid, (await Assert.ThrowsAsync<DomainException>(() => RecordPayment(order, "INV-2"))).Code);

        var cancelled = await _store.OrdersAsync(o => o.CreateAsync("Gone Ltd", [new(_lamp.Id, 1)], reserve: false, CancellationToken.None));
        await Move(cancelled, OrderStatus.Cancelled);
        Assert.Equal(ErrorCodes.InvalidTransition, (await Assert.ThrowsAsync<DomainException>(() => RecordPayment(cancelled, "INV-3"))).Code);
    }

    [Fact]
    public async Task Cancelling_a_paid_order_refunds_it_releases_its_holds_and_leaves_the_counts_consistent()
    {
        var camera = await _store.SerializedAsync("Camera", _main, 3);
        await _store.HoldAsync("cart-a", _desk.Id, 2);
        await _store.HoldAsync("cart-a", camera.Id, 1);
        var order = await Checkout("cart-a");
        await _store.OrdersAsync(o => o.PayAsync(order.Id, "cart-a", succeed: true, CancellationToken.None));

        var cancelled = await _store.OrdersAsync(o => o.CancelAsync(order.Id, null, "Customer changed their mind", CancellationToken.None));

        Assert.Equal((OrderStatus.Cancelled, PaymentStatus.Refunded), (cancelled.Status, cancelled.PaymentStatus));
        var holds = await _store.QueryAsync(db => db.Holds.AsNoTracking().ToListAsync());
        Assert.All(holds, h => Assert.Equal((HoldStatus.Released, "Customer changed their mind"), (h.Status, h.CloseReason)));
        Assert.Equal((5, 0), await Counts(_desk));
        Assert.Equal((3, 0), await Counts(camera));
        Assert.Equal(3, await _store.QueryAsync(db => db.SerializedUnits.CountAsync(u => u.Status == Domain.Units.UnitStatus.Available)));
        Assert.Empty(await _store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
        Assert.Equal(2, await _store.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "hold.released")));
    }

    [Fact]
    public async Task Cancelling_a_paid_order_not_yet_confirmed_refunds_it_and_frees_its_stock()
    {
        var order = await _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_desk.Id, 2)], reserve: true, CancellationToken.None));
        await RecordPayment(order, "INV-9");

        var cancelled = await Move(order, OrderStatus.Cancelled);

        Assert.Equal(PaymentStatus.Refunded, cancelled.PaymentStatus);
        Assert.Equal(HoldStatus.Released, (await _store.QueryAsync(db => db.Holds.AsNoTracking().SingleAsync())).Status);
        Assert.Equal(5, await _store.AvailableAsync(_desk.Id));
        Assert.Empty(await _store.ConsistencyAsync(c => c.CheckAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_converted_hold_cannot_be_released_on_its_own()
    {
        var order = await PaidOrder(_desk, 2);
        var hold = await _store.QueryAsync(db => db.Holds.AsNoTracking().SingleAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.HoldsAsync(h => h.ReleaseAsStaffAsync(hold.Id, "Staff released", CancellationToken.None)));

        Assert.Equal(ErrorCodes.HoldNotActive, error.Code);
        Assert.Equal((5, 2), await Counts(_desk));
        Assert.Equal(OrderStatus.Confirmed, (await _store.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id))).Status);
    }

    [Fact]
    public async Task Checkout_turns_the_cart_holds_into_a_pending_order_with_a_payment_deadline()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 2);
        await _store.HoldAsync("cart-a", _lamp.Id, 1);

        var order = await Checkout("cart-a");

        Assert.Equal((OrderStatus.Pending, PaymentStatus.Unpaid, 220m), (order.Status, order.PaymentStatus, order.Total));
        Assert.Equal(_store.Clock.Now + TimeSpan.FromMinutes(15), order.PaymentDueAt);
        var holds = await _store.QueryAsync(db => db.Holds.AsNoTracking().ToListAsync());
        Assert.All(holds, h => Assert.Equal(HoldOwner.Order(order.Id), h.Owner));
        Assert.All(holds, h => Assert.Null(h.ExpiresAt));
        Assert.Equal(3, await _store.AvailableAsync(_desk.Id));
    }

    [Fact]
    public async Task Checkout_refuses_expired_lines_and_says_what_can_still_be_held()
    {
        var hold = (await _store.HoldAsync("cart-a", _desk.Id, 2)).Hold;
        _store.Clock.Set(hold.ExpiresAt!.Value);

        var error = await Assert.ThrowsAsync<DomainException>(() => Checkout("cart-a"));

        Assert.Equal(ErrorCodes.InvalidHolds, error.Code);
        var line = Assert.Single((IReadOnlyList<InvalidCartLine>)error.Details["lines"]!);
        Assert.Equal((hold.Id, "expired", 3), (line.HoldId, line.Reason, line.AvailableNow));
        Assert.Equal(0, await _store.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task Checkout_of_an_empty_cart_is_refused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Checkout("cart-empty"));

        Assert.Equal(ErrorCodes.EmptyCart, error.Code);
    }

    [Fact]
    public async Task Paying_confirms_the_order_and_commits_its_stock()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 2);
        var order = await Checkout("cart-a");

        var paid = await _store.OrdersAsync(o => o.PayAsync(order.Id, "cart-a", succeed: true, CancellationToken.None));

        Assert.Equal((OrderStatus.Confirmed, PaymentStatus.Paid), (paid.Status, paid.PaymentStatus));
        var hold = await _store.QueryAsync(db => db.Holds.AsNoTracking().SingleAsync());
        Assert.Equal(HoldStatus.Converted, hold.Status);
        var level = await _store.LevelAsync(_desk.Id, _main.Id);
        Assert.Equal((5, 2), (level.OnHand, level.Reserved));
    }

    [Fact]
    public async Task A_declined_payment_changes_nothing()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 2);
        var order = await Checkout("cart-a");

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.OrdersAsync(o => o.PayAsync(order.Id, "cart-a", succeed: false, CancellationToken.None)));

        Assert.Equal(ErrorCodes.PaymentDeclined, error.Code);
        var stored = await _store.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync());
        Assert.Equal((OrderStatus.Pending, PaymentStatus.Unpaid), (stored.Status, stored.PaymentStatus));
    }

    [Fact]
    public async Task Paying_after_the_deadline_is_refused()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 1);
        var order = await Checkout("cart-a");
        _store.Clock.Set(order.PaymentDueAt!.Value);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.OrdersAsync(o => o.PayAsync(order.Id, "cart-a", succeed: true, CancellationToken.None)));

        Assert.Equal(ErrorCodes.PaymentWindowClosed, error.Code);
    }

    [Fact]
    public async Task Another_carts_order_is_not_found()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 1);
        var order = await Checkout("cart-a");

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.OrdersAsync(o => o.PayAsync(order.Id, "cart-b", succeed: true, CancellationToken.None)));

        Assert.Equal(ErrorCodes.OrderNotFound, error.Code);
    }

    [Fact]
    public async Task Shipping_takes_the_stock_off_the_shelf()
    {
        var order = await PaidOrder(_desk, 2);

        await Move(order, OrderStatus.Processing);
        await Move(order, OrderStatus.Shipped);
        await Move(order, OrderStatus.Delivered);

        var level = await _store.LevelAsync(_desk.Id, _main.Id);
        Assert.Equal((3, 0), (level.OnHand, level.Reserved));
    }

    [Fact]
    public async Task Cancelling_a_pending_order_releases_its_holds()
    {
        await _store.HoldAsync("cart-a", _desk.Id, 2);
        var order = await Checkout("cart-a");

        await Move(order, OrderStatus.Cancelled);

        Assert.Equal(5, await _store.AvailableAsync(_desk.Id));
        Assert.Equal(HoldStatus.Released, (await _store.QueryAsync(db => db.Holds.AsNoTracking().SingleAsync())).Status);
    }

    [Fact]
    public async Task Cancelling_a_confirmed_order_returns_its_committed_stock()
    {
        var order = await PaidOrder(_desk, 2);

        await Move(order, OrderStatus.Cancelled);

        var level = await _store.LevelAsync(_desk.Id, _main.Id);
        Assert.Equal((5, 0), (level.OnHand, level.Reserved));
    }

    [Fact]
    public async Task An_invalid_transition_is_refused_with_the_allowed_next_states()
    {
        var order = await PaidOrder(_desk, 1);

        var error = await Assert.ThrowsAsync<DomainException>(() => Move(order, OrderStatus.Delivered));

        Assert.Equal(ErrorCodes.InvalidTransition, error.Code);
        Assert.Equal("An order that is Confirmed cannot become Delivered. Allowed next: Processing, Cancelled.", error.Message);
        Assert.Equal(1, await _store.QueryAsync(db => db.Holds.Where(h => h.Status == HoldStatus.Converted).SumAsync(h => h.Quantity)));
    }

    [Fact]
    public async Task Staff_orders_reserve_with_no_expiry_all_or_nothing()
    {
        var order = await _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_desk.Id, 2), new(_lamp.Id, 3), new(_desk.Id, 1)], reserve: true, CancellationToken.None));

        Assert.Equal(3, order.Lines.Single(l => l.ProductId == _desk.Id).Quantity);
        var holds = await _store.QueryAsync(db => db.Holds.AsNoTracking().ToListAsync());
        Assert.All(holds, h => Assert.Null(h.ExpiresAt));
        Assert.Equal(2, await _store.AvailableAsync(_desk.Id));

        var tooBig = await Assert.ThrowsAsync<DomainException>(() => _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_lamp.Id, 1), new(_desk.Id, 3)], reserve: true, CancellationToken.None)));
        Assert.Equal(ErrorCodes.InsufficientStock, tooBig.Code);
        Assert.Equal(1, await _store.QueryAsync(db => db.Orders.CountAsync()));
        Assert.Equal(7, await _store.AvailableAsync(_lamp.Id));
    }

    [Fact]
    public async Task Confirming_needs_the_order_fully_held()
    {
        var order = await _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_desk.Id, 2)], reserve: false, CancellationToken.None));
        await RecordPayment(order, "INV-1");

        var error = await Assert.ThrowsAsync<DomainException>(() => Move(order, OrderStatus.Confirmed));
        Assert.Equal(ErrorCodes.InvalidHolds, error.Code);

        await _store.OrdersAsync(o => o.ReserveAsync(order.Id, CancellationToken.None));
        var confirmed = await Move(order, OrderStatus.Confirmed);
        Assert.Equal(OrderStatus.Confirmed, confirmed.Status);
    }

    [Fact]
    public async Task Releasing_an_orders_reservations_frees_its_stock()
    {
        var order = await _store.OrdersAsync(o => o.CreateAsync("Acme", [new(_desk.Id, 2)], reserve: true, CancellationToken.None));

        await _store.OrdersAsync(o => o.ReleaseReservationsAsync(order.Id, "Customer on hold", CancellationToken.None));

        Assert.Equal(5, await _store.AvailableAsync(_desk.Id));
    }

    [Fact]
    public async Task Overdue_unpaid_orders_are_cancelled_and_paid_ones_untouched()
    {
        await _store.HoldAsync("cart-unpaid", _desk.Id, 2);
        var unpaid = await Checkout("cart-unpaid");
        var paid = await PaidOrder(_lamp, 3);
        _store.Clock.Advance(TimeSpan.FromMinutes(16));

        var dry = await _store.OrdersAsync(o => o.CancelOverdueAsync(100, dryRun: true, CancellationToken.None));
        Assert.Equal((1, 1), (dry.OrdersCancelled, dry.HoldsReleased));
        Assert.Equal(3, await _store.AvailableAsync(_desk.Id));

        var done = await _store.OrdersAsync(o => o.CancelOverdueAsync(100, dryRun: false, CancellationToken.None));
        Assert.Equal((1, 1), (done.OrdersCancelled, done.HoldsReleased));
        var orders = await _store.QueryAsync(db => db.Orders.AsNoTracking().ToDictionaryAsync(o => o.Id));
        Assert.Equal(OrderStatus.Cancelled, orders[unpaid.Id].Status);
        Assert.Equal(OrderStatus.Confirmed, orders[paid.Id].Status);
        Assert.Equal(5, await _store.AvailableAsync(_desk.Id));
        Assert.Equal(7, await _store.AvailableAsync(_lamp.Id));
    }

    private Task<Order> Checkout(string cart) => _store.OrdersAsync(o => o.CheckoutAsync(cart, "Ada", null, CancellationToken.None));

    private async Task<(int OnHand, int Reserved)> Counts(Product product)
    {
        var level = await _store.LevelAsync(product.Id, _main.Id);
        return (level.OnHand, level.Reserved);
    }

    private Task<Order> RecordPayment(Order order, string reference) => _store.OrdersAsync(o => o.RecordPaymentAsync(order.Id, reference, CancellationToken.None));

    private Task<Order> Move(Order order, OrderStatus to) => _store.OrdersAsync(o => o.TransitionAsync(order.Id, to, null, CancellationToken.None));

    private async Task<Order> PaidOrder(Product product, int quantity)
    {
        var cart = $"cart-{Guid.NewGuid():N}";
        await _store.HoldAsync(cart, product.Id, quantity);
        var order = await Checkout(cart);
        return await _store.OrdersAsync(o => o.PayAsync(order.Id, cart, succeed: true, CancellationToken.None));
    }
}

using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Domain.Orders;

/// <summary>
/// Orders and what their states do to stock: checkout turns cart holds into the order's, confirming
/// (only once paid) converts them (stock committed), shipping takes the stock off the shelf, cancelling
/// gives it back and refunds a paid order. Pass the cart to act as its shopper (another cart's order is
/// "not found"); null to act as staff.
/// </summary>
public sealed class OrderService(StockWriter writer, OperationContext operation, HoldService holds, IOptions<OrderOptions> options)
{
    /// <summary>Turns the cart's holds into an order; <paramref name="customerId"/> is the signed-in shopper, if any (My orders).</summary>
    public Task<Order> CheckoutAsync(string cartId, string customer, string? customerId, CancellationToken cancellationToken)
    {
        if (Order.CustomerProblem(customer, required: false) is { } problem)
        {
            throw new DomainException(ErrorCodes.InvalidCustomer, problem);
        }

        return writer.WriteAsync(operation, async w =>
        {
            var cartHolds = await w.Db.Holds.Include(h => h.Allocations)
                .Where(h => h.OwnerType == HoldOwnerType.Cart && h.OwnerId == cartId && h.Status == HoldStatus.Active)
                .OrderBy(h => h.CreatedAt)
                .ToListAsync();
            if (cartHolds.Count == 0)
            {
                throw new DomainException(ErrorCodes.EmptyCart, "Your cart is empty.");
            }

            var products = await LoadProductsAsync(w, cartHolds.Select(h => h.ProductId));
            var invalid = await FindInvalidLinesAsync(w, cartHolds, products);
            if (invalid.Count > 0)
            {
                throw new DomainException(
                    ErrorCodes.InvalidHolds,
                    $"{invalid.Count} item(s) in your cart are no longer held: {string.Join("; ", invalid.Select(i => $"'{i.ProductName}' {i.Reason}"))}.",
                    new Dictionary<string, object?> { ["lines"] = invalid });
            }

            var order = new Order(string.IsNullOrWhiteSpace(customer) ? "Guest" : customer.Trim(), cartId, w.Now, w.Now + options.Value.PaymentWindow, customerId);
            foreach (var hold in cartHolds)
            {
                var product = products[hold.ProductId];
                order.AddLine(product.Id, product.Sku, product.Name, hold.Quantity, product.Price);
                holds.Transfer(w, hold, product, HoldOwner.Order(order.Id));
            }

            Place(w, order);
            return order;
        }, cancellationToken);
    }

    /// <summary>Simulated payment: a success confirms the order; a decline leaves it pending and changes nothing.</summary>
    public Task<Order> PayAsync(Guid orderId, string? cartId, bool succeed, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var order = await LoadOrderAsync(w, orderId, cartId);
            if (!succeed)
            {
                throw new DomainException(ErrorCodes.PaymentDeclined, "The payment was declined; the order is still waiting for payment.");
            }

            var before = Describe(order);
            order.MarkPaid(w.Now);
            w.Audit("order.paid", AuditObjectTypes.Order, order.Id.ToString(), before, Describe(order));
            await MoveAsync(w, order, OrderStatus.Confirmed, "Paid");
            return order;
        }, cancellationToken);

    /// <summary>
    /// Staff record a payment received for an unpaid order (an invoice paid, a transfer): it becomes Paid,
    /// keeping its status, so it can then be confirmed. Audited as <c>order.paid</c> with the reference.
    /// </summary>
    public Task<Order> RecordPaymentAsync(Guid orderId, string reference, CancellationToken cancellationToken)
    {
        if (Order.PaymentReferenceProblem(reference) is { } problem)
        {
            throw new DomainException(ErrorCodes.InvalidPaymentReference, problem);
        }

        return writer.WriteAsync(operation, async w =>
        {
            var order = await LoadOrderAsync(w, orderId, null);
            var before = Describe(order);
            order.RecordPayment(reference.Trim(), w.Now);
            w.Audit("order.paid", AuditObjectTypes.Order, order.Id.ToString(), before, Describe(order), "Payment recorded");
            w.Publish(new OrderStatusChanged(w.Now, order.Id, order.CartId, order.Status, order.Status, order.PaymentStatus));
            return order;
        }, cancellationToken);
    }

    public Task<Order> TransitionAsync(Guid orderId, OrderStatus to, string? reason, CancellationToken cancellationToken)
    {
        reason = StaffReason.Optional(reason);
        return writer.WriteAsync(operation, async w =>
        {
            var order = await LoadOrderAsync(w, orderId, null);
            await MoveAsync(w, order, to, reason);
            return order;
        }, cancellationToken);
    }

    public Task<Order> CancelAsync(Guid orderId, string? cartId, string reason, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var order = await LoadOrderAsync(w, orderId, cartId);
            await MoveAsync(w, order, OrderStatus.Cancelled, reason);
            return order;
        }, cancellationToken);

    /// <summary>Staff create an order; with <paramref name="reserve"/> its stock is held (no expiry) or nothing is created.</summary>
    public Task<Order> CreateAsync(string customer, IReadOnlyList<OrderLineRequest> lines, bool reserve, CancellationToken cancellationToken)
    {
        if (Order.CustomerProblem(customer, required: true) is { } problem)
        {
            throw new DomainException(ErrorCodes.InvalidCustomer, problem);
        }

        // Summed as long: two lines of int.MaxValue must be refused, not overflow (found by the API fuzzer, issue 19).
        var sums = lines.GroupBy(l => l.ProductId).Select(g => (ProductId: g.Key, Quantity: g.Sum(l => (long)l.Quantity))).ToList();
        if (sums.Count == 0 || sums.Any(l => l.Quantity is < 1 or > Order.MaxLineQuantity))
        {
            throw new DomainException(ErrorCodes.InvalidQuantity, $"An order needs at least one line, each with a quantity of 1 to {Order.MaxLineQuantity}.");
        }

        var merged = sums.Select(l => new OrderLineRequest(l.ProductId, (int)l.Quantity)).ToList();

        return writer.WriteAsync(operation, async w =>
        {
            var products = await LoadProductsAsync(w, merged.Select(l => l.ProductId));
            var order = new Order(customer.Trim(), null, w.Now, null);
            foreach (var line in merged)
            {
                var product = products.GetValueOrDefault(line.ProductId)
                    ?? throw new DomainException(ErrorCodes.ProductNotFound, $"Product {line.ProductId} does not exist.");
                order.AddLine(product.Id, product.Sku, product.Name, line.Quantity, product.Price);
            }

            Place(w, order);
            if (reserve)
            {
                await ReserveMissingAsync(w, order, products);
            }

            return order;
        }, cancellationToken);
    }

    /// <summary>Holds whatever part of a pending order is not held yet.</summary>
    public Task<Order> ReserveAsync(Guid orderId, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var order = await LoadOrderAsync(w, orderId, null);
            RequirePending(order, "reserve stock for");
            await ReserveMissingAsync(w, order, await LoadProductsAsync(w, order.Lines.Select(l => l.ProductId)));
            return order;
        }, cancellationToken);

    public Task<Order> ReleaseReservationsAsync(Guid orderId, string reason, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var order = await LoadOrderAsync(w, orderId, null);
            RequirePending(order, "release the reservations of");
            await ReleaseActiveHoldsAsync(w, order, reason);
            return order;
        }, cancellationToken);

    /// <summary>Cancels unpaid orders past their payment deadline, oldest first; paid orders are never touched.</summary>
    public async Task<OverdueResult> CancelOverdueAsync(int batchSize, bool dryRun, CancellationToken cancellationToken)
    {
        var total = new OverdueResult(0, 0, 0);
        while (true)
        {
            var batch = await writer.WriteAsync(operation, async w =>
            {
                var overdue = await w.Db.Orders.Include(o => o.Lines)
                    .Where(Order.OverdueAt(w.Now))
                    .OrderBy(o => o.PaymentDueAt)
                    .Take(batchSize)
                    .ToListAsync();
                var ids = overdue.Select(o => HoldOwner.Order(o.Id).Id).ToList();
                var held = await w.Db.Holds.Include(h => h.Allocations)
                    .Where(h => h.OwnerType == HoldOwnerType.Order && ids.Contains(h.OwnerId) && h.Status == HoldStatus.Active)
                    .ToListAsync();
                var result = new OverdueResult(overdue.Count, held.Count, held.Sum(h => h.Allocations.Count(a => a.UnitId != null)));
                if (dryRun)
                {
                    // The writer commits what the work changed; a dry run changes nothing, so there is nothing to commit.
                    return result;
                }

                foreach (var order in overdue)
                {
                    await MoveAsync(w, order, OrderStatus.Cancelled, "Payment deadline passed");
                }

                return result;
            }, cancellationToken);
            total = new OverdueResult(total.OrdersCancelled + batch.OrdersCancelled, total.HoldsReleased + batch.HoldsReleased, total.UnitsReleased + batch.UnitsReleased);
            if (dryRun || batch.OrdersCancelled < batchSize)
            {
                return total;
            }
        }
    }

    private async Task MoveAsync(WriteContext w, Order order, OrderStatus to, string? reason)
    {
        var from = order.Status;
        order.EnsureCanMove(to);

        switch (to)
        {
            case OrderStatus.Confirmed:
                await ConfirmStockAsync(w, order);
                break;
            case OrderStatus.Shipped:
                await ShipStockAsync(w, order);
                break;
            case OrderStatus.Delivered:
                await DeliverUnitsAsync(w, order);
                break;
            case OrderStatus.Cancelled:
                await ReleaseActiveHoldsAsync(w, order, reason ?? "Order cancelled");
                if (OrderTransitions.HoldsCommittedStock(from))
                {
                    await ReturnCommittedStockAsync(w, order, reason ?? "Order cancelled");
                }

                break;
        }

        var before = Describe(order);
        order.TransitionTo(to, w.Now);
        w.Audit($"order.{to.ToString().ToLowerInvariant()}", AuditObjectTypes.Order, order.Id.ToString(), before, Describe(order), reason);
        w.Publish(new OrderStatusChanged(w.Now, order.Id, order.CartId, from, to, order.PaymentStatus));
    }

    /// <summary>Every line must be fully held by the order's active holds; then the holds convert.</summary>
    private async Task ConfirmStockAsync(WriteContext w, Order order)
    {
        var products = await LoadProductsAsync(w, order.Lines.Select(l => l.ProductId));
        var active = await OrderHoldsAsync(w, order, HoldStatus.Active);
        var unheld = order.Lines.Where(l => active.Where(h => h.ProductId == l.ProductId).Sum(h => h.Quantity) < l.Quantity).ToList();
        if (unheld.Count > 0)
        {
            throw new DomainException(
                ErrorCodes.InvalidHolds,
                $"Not all of the order is held ({string.Join(", ", unheld.Select(l => $"'{l.ProductName}'"))}); reserve its stock before confirming.",
                new Dictionary<string, object?> { ["productIds"] = unheld.Select(l => l.ProductId).ToArray() });
        }

        foreach (var hold in active)
        {
            holds.Convert(w, hold, products[hold.ProductId], order.Id);
            var unitIds = hold.Allocations.Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).ToList();
            foreach (var unit in await w.Db.SerializedUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync())
            {
                unit.CommitTo(order.Id);
            }
        }
    }

    private static async Task ShipStockAsync(WriteContext w, Order order)
    {
        var converted = await OrderHoldsAsync(w, order, HoldStatus.Converted);
        var allocations = converted.SelectMany(h => h.Allocations).ToList();
        foreach (var group in allocations.GroupBy(a => (a.ProductId, a.WarehouseId)).OrderBy(g => g.Key))
        {
            await StockLedger.ShipAsync(w, group.Key.ProductId, group.Key.WarehouseId, group.Sum(a => a.Quantity), $"order:{order.Id}");
        }

        await MoveUnitsAsync(w, order, allocations, UnitStatus.Sold, "Shipped");
    }

    private static async Task DeliverUnitsAsync(WriteContext w, Order order)
    {
        var allocations = (await OrderHoldsAsync(w, order, HoldStatus.Converted)).SelectMany(h => h.Allocations).ToList();
        await MoveUnitsAsync(w, order, allocations, UnitStatus.Delivered, "Delivered");
    }

    /// <summary>The committed stock leaves Reserved and the converted holds end released: the order bought nothing.</summary>
    private async Task ReturnCommittedStockAsync(WriteContext w, Order order, string reason)
    {
        var converted = await OrderHoldsAsync(w, order, HoldStatus.Converted);
        var allocations = converted.SelectMany(h => h.Allocations).ToList();
        foreach (var group in allocations.GroupBy(a => (a.ProductId, a.WarehouseId)).OrderBy(g => g.Key))
        {
            await StockLedger.ReleaseAsync(w, group.Key.ProductId, group.Key.WarehouseId, group.Sum(a => a.Quantity), reason, $"order:{order.Id}");
        }

        await MoveUnitsAsync(w, order, allocations, UnitStatus.Available, reason);
        var products = await LoadProductsAsync(w, converted.Select(h => h.ProductId));
        foreach (var hold in converted)
        {
            await holds.ReleaseCommittedAsync(w, hold, products[hold.ProductId], reason);
        }
    }

    private static async Task MoveUnitsAsync(WriteContext w, Order order, List<HoldAllocation> allocations, UnitStatus to, string reason)
    {
        var unitIds = allocations.Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).ToList();
        var units = await w.Db.SerializedUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync();
        var unitReason = new UnitChangeReason(reason, w.Actor, AuditObjectTypes.Order, order.Id.ToString());
        foreach (var unit in units)
        {
            StockAllocator.MoveUnit(w, unit, to, unitReason, to == UnitStatus.Available ? () => unit.Release(unitReason, w.Now) : null);
        }
    }

    private async Task ReleaseActiveHoldsAsync(WriteContext w, Order order, string reason)
    {
        var active = await OrderHoldsAsync(w, order, HoldStatus.Active);
        var products = await LoadProductsAsync(w, active.Select(h => h.ProductId));
        foreach (var hold in active)
        {
            await holds.ReleaseAsync(w, hold, products[hold.ProductId], reason);
        }
    }

    private async Task ReserveMissingAsync(WriteContext w, Order order, IReadOnlyDictionary<int, Product> products)
    {
        var active = await OrderHoldsAsync(w, order, HoldStatus.Active);
        foreach (var line in order.Lines)
        {
            var product = products[line.ProductId];
            var hold = active.SingleOrDefault(h => h.ProductId == line.ProductId);
            var missing = line.Quantity - (hold?.Quantity ?? 0);
            if (missing <= 0)
            {
                continue;
            }

            if (hold is null)
            {
                await holds.CreateAsync(w, HoldOwner.Order(order.Id), product, missing, null, noExpiry: true);
            }
            else
            {
                await StockAllocator.ReserveAsync(w, hold, product, missing, null);
                hold.ChangeQuantity(line.Quantity, w.Now);
            }
        }
    }

    private static async Task<List<InvalidCartLine>> FindInvalidLinesAsync(WriteContext w, List<Hold> cartHolds, IReadOnlyDictionary<int, Product> products)
    {
        var invalid = new List<InvalidCartLine>();
        foreach (var hold in cartHolds.Where(h => !h.IsUsableAt(w.Now) || !products[h.ProductId].IsActive))
        {
            var product = products[hold.ProductId];
            var needs = product.StockNeeds(1).Select(n => n.ProductId).ToList();
            var available = await StockQueries.AvailableByProductAsync(w.Db, needs, CancellationToken.None);
            var reason = product.IsActive ? InvalidCartLine.Expired : InvalidCartLine.OffSale;
            invalid.Add(new InvalidCartLine(hold.Id, product.Id, product.Name, hold.Quantity, reason, product.IsActive ? product.AvailableFrom(available) : 0));
        }

        return invalid;
    }

    private static void Place(WriteContext w, Order order)
    {
        w.Db.Orders.Add(order);
        w.Audit("order.created", AuditObjectTypes.Order, order.Id.ToString(), null, Describe(order));
        w.Publish(new OrderPlaced(w.Now, order.Id, order.CartId, order.Customer, order.Total));
    }

    private static void RequirePending(Order order, string action)
    {
        if (order.Status != OrderStatus.Pending)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"Only a pending order can {action} it; this one is {order.Status}.");
        }
    }

    private static Task<List<Hold>> OrderHoldsAsync(WriteContext w, Order order, HoldStatus status)
    {
        var owner = HoldOwner.Order(order.Id);
        return w.Db.Holds.Include(h => h.Allocations)
            .Where(h => h.OwnerType == owner.Type && h.OwnerId == owner.Id && h.Status == status)
            .ToListAsync();
    }

    private static async Task<Order> LoadOrderAsync(WriteContext w, Guid orderId, string? cartId)
    {
        var order = await w.Db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId);
        if (order is null || (cartId is not null && order.CartId != cartId))
        {
            throw new DomainException(ErrorCodes.OrderNotFound, "No such order.");
        }

        return order;
    }

    private static async Task<IReadOnlyDictionary<int, Product>> LoadProductsAsync(WriteContext w, IEnumerable<int> productIds)
    {
        var ids = productIds.Distinct().ToList();
        return await w.Db.Products.AsNoTracking()
            .Include(p => p.Components).ThenInclude(c => c.Component)
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id);
    }

    private static object Describe(Order order) => new { order.Status, order.PaymentStatus, order.Total, order.PaymentDueAt, order.PaymentReference };
}

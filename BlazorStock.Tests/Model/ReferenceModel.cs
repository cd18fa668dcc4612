using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Orders;

namespace BlazorStock.Tests.Model;

/// <summary>
/// The hold and order rules restated as plainly as possible, in memory, for one warehouse: what the
/// real engine must agree with, operation by operation. Each method returns the expected error code
/// (null for success) and changes the model only on success.
/// </summary>
public sealed class ReferenceModel
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan ExtensionLength = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);
    private static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(15);
    private const int MaxExtensions = 2;

    public Dictionary<int, (int OnHand, int Reserved)> Stock { get; } = new();

    public Dictionary<int, List<(int Component, int Quantity)>> Kits { get; } = new();

    public Dictionary<int, int> Limits { get; } = new();

    public List<HoldModel> Holds { get; } = [];

    public List<OrderModel> Orders { get; } = [];

    public DateTimeOffset Now { get; set; }

    public (string? Error, bool Created) Hold(string cart, int product, int quantity, Func<Guid> newHoldId)
    {
        var existing = Holds.SingleOrDefault(h => h.Status == HoldStatus.Active && h.OrderId is null && h.Cart == cart && h.Product == product);
        var due = existing is not null && existing.IsDue(Now) ? existing : null;
        var usable = due is null ? existing : null;
        var total = quantity + (usable?.Quantity ?? 0);
        if (total > 100)
        {
            return (ErrorCodes.InvalidQuantity, false);
        }

        if (Limits.TryGetValue(product, out var limit) && Ordered(cart, product) + total > limit)
        {
            return (ErrorCodes.LimitExceeded, false);
        }

        var freed = due is null ? [] : Needs(product, due.Quantity).ToDictionary(n => n.Product, n => n.Quantity);
        if (Needs(product, quantity).Any(n => Available(n.Product) + freed.GetValueOrDefault(n.Product) < n.Quantity))
        {
            return (ErrorCodes.InsufficientStock, false);
        }

        if (due is not null)
        {
            Close(due, HoldStatus.Expired);
        }

        Reserve(product, quantity);
        if (usable is not null)
        {
            usable.Quantity = total;
            return (null, false);
        }

        Holds.Add(new HoldModel(newHoldId(), cart, product, total, Now, Now + Duration));
        return (null, true);
    }

    public string? ChangeQuantity(HoldModel hold, int quantity)
    {
        if (UsableForShopper(hold) is { } error)
        {
            return error;
        }

        if (quantity > hold.Quantity)
        {
            if (Limits.TryGetValue(hold.Product, out var limit) && Ordered(hold.Cart, hold.Product) + quantity > limit)
            {
                return ErrorCodes.LimitExceeded;
            }

            if (Needs(hold.Product, quantity - hold.Quantity).Any(n => Available(n.Product) < n.Quantity))
            {
                return ErrorCodes.InsufficientStock;
            }

            Reserve(hold.Product, quantity - hold.Quantity);
        }
        else
        {
            Unreserve(hold.Product, hold.Quantity - quantity);
        }

        hold.Quantity = quantity;
        return null;
    }

    public string? Extend(HoldModel hold)
    {
        if (UsableForShopper(hold) is { } error)
        {
            return error;
        }

        if (hold.Extensions >= MaxExtensions)
        {
            return ErrorCodes.ExtensionLimit;
        }

        if (hold.ExpiresAt >= hold.CreatedAt + MaxAge)
        {
            return ErrorCodes.HoldMaxAge;
        }

        var extended = hold.ExpiresAt!.Value + ExtensionLength;
        hold.ExpiresAt = extended < hold.CreatedAt + MaxAge ? extended : hold.CreatedAt + MaxAge;
        hold.Extensions++;
        return null;
    }

    public string? Release(HoldModel hold)
    {
        if (hold.OrderId is not null)
        {
            return ErrorCodes.HoldNotFound;
        }

        if (hold.Status != HoldStatus.Active)
        {
            return ErrorCodes.HoldNotActive;
        }

        Close(hold, HoldStatus.Released);
        return null;
    }

    public int ExpireDue()
    {
        var due = Holds.Where(h => h.Status == HoldStatus.Active && h.IsDue(Now)).ToList();
        due.ForEach(h => Close(h, HoldStatus.Expired));
        return due.Count;
    }

    public string? Adjust(int product, int delta)
    {
        var (onHand, reserved) = Stock[product];
        if (onHand + delta < reserved)
        {
            return ErrorCodes.StockBelowReserved;
        }

        Stock[product] = (onHand + delta, reserved);
        return null;
    }

    public string? Checkout(string cart, Guid orderId)
    {
        var holds = Holds.Where(h => h.Status == HoldStatus.Active && h.OrderId is null && h.Cart == cart).ToList();
        if (holds.Count == 0)
        {
            return ErrorCodes.EmptyCart;
        }

        if (holds.Any(h => h.IsDue(Now)))
        {
            return ErrorCodes.InvalidHolds;
        }

        var order = new OrderModel(orderId, cart, Now + PaymentWindow, holds.Select(h => (h.Product, h.Quantity)).ToList());
        Orders.Add(order);
        foreach (var hold in holds)
        {
            hold.OrderId = orderId;
            hold.ExpiresAt = null;
        }

        return null;
    }

    public string? Pay(OrderModel order, bool succeed)
    {
        if (!succeed)
        {
            return ErrorCodes.PaymentDeclined;
        }

        if (order.Payment == PaymentStatus.Paid)
        {
            return ErrorCodes.AlreadyPaid;
        }

        if (order.Status != OrderStatus.Pending)
        {
            return ErrorCodes.InvalidTransition;
        }

        if (order.PaymentDueAt <= Now)
        {
            return ErrorCodes.PaymentWindowClosed;
        }

        order.Payment = PaymentStatus.Paid;
        return Transition(order, OrderStatus.Confirmed);
    }

    public string? Transition(OrderModel order, OrderStatus to)
    {
        if (!OrderTransitions.CanMove(order.Status, to))
        {
            return ErrorCodes.InvalidTransition;
        }

        // Stock is sold when the order is paid: nothing unpaid moves on, only cancels.
        if (order.Payment != PaymentStatus.Paid && to != OrderStatus.Cancelled)
        {
            return ErrorCodes.PaymentRequired;
        }

        var holds = Holds.Where(h => h.OrderId == order.Id).ToList();
        switch (to)
        {
            case OrderStatus.Confirmed:
                holds.Where(h => h.Status == HoldStatus.Active).ToList().ForEach(h => h.Status = HoldStatus.Converted);
                break;
            case OrderStatus.Shipped:
                foreach (var hold in holds.Where(h => h.Status == HoldStatus.Converted))
                {
                    foreach (var (product, quantity) in Needs(hold.Product, hold.Quantity))
                    {
                        var (onHand, reserved) = Stock[product];
                        Stock[product] = (onHand - quantity, reserved - quantity);
                    }
                }

                break;
            case OrderStatus.Cancelled:
                holds.Where(h => h.Status == HoldStatus.Active).ToList().ForEach(h => Close(h, HoldStatus.Released));
                if (order.Status == OrderStatus.Confirmed)
                {
                    holds.Where(h => h.Status == HoldStatus.Converted).ToList().ForEach(h => Close(h, HoldStatus.Released));
                }

                if (order.Payment == PaymentStatus.Paid)
                {
                    order.Payment = PaymentStatus.Refunded;
                }

                break;
        }

        order.Status = to;
        return null;
    }

    public int CancelOverdue()
    {
        var overdue = Orders.Where(o => o.Status == OrderStatus.Pending && o.Payment == PaymentStatus.Unpaid && o.PaymentDueAt <= Now).ToList();
        overdue.ForEach(o => Transition(o, OrderStatus.Cancelled));
        return overdue.Count;
    }

    public IEnumerable<(int Product, int Quantity)> Needs(int product, int quantity) =>
        Kits.TryGetValue(product, out var components) ? components.Select(c => (c.Component, c.Quantity * quantity)) : [(product, quantity)];

    private string? UsableForShopper(HoldModel hold)
    {
        if (hold.OrderId is not null)
        {
            return ErrorCodes.HoldNotFound;
        }

        if (hold.Status != HoldStatus.Active)
        {
            return ErrorCodes.HoldNotActive;
        }

        return hold.IsDue(Now) ? ErrorCodes.HoldExpired : null;
    }

    private int Ordered(string cart, int product) =>
        Orders.Where(o => o.Cart == cart && o.Status != OrderStatus.Cancelled).SelectMany(o => o.Lines).Where(l => l.Product == product).Sum(l => l.Quantity);

    private int Available(int product) => Stock[product].OnHand - Stock[product].Reserved;

    private void Reserve(int product, int quantity)
    {
        foreach (var (p, q) in Needs(product, quantity))
        {
            Stock[p] = (Stock[p].OnHand, Stock[p].Reserved + q);
        }
    }

    private void Unreserve(int product, int quantity)
    {
        foreach (var (p, q) in Needs(product, quantity))
        {
            Stock[p] = (Stock[p].OnHand, Stock[p].Reserved - q);
        }
    }

    private void Close(HoldModel hold, HoldStatus status)
    {
        Unreserve(hold.Product, hold.Quantity);
        hold.Status = status;
    }
}

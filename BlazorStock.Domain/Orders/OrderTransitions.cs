namespace BlazorStock.Domain.Orders;

/// <summary>
/// The order state machine as data: pending → confirmed → processing → shipped → delivered; cancel before
/// processing. Stock is sold when the order is paid, so only a paid order may enter <see cref="PaidOnly"/>.
/// </summary>
public static class OrderTransitions
{
    public static readonly IReadOnlyDictionary<OrderStatus, IReadOnlyList<OrderStatus>> Allowed =
        new Dictionary<OrderStatus, IReadOnlyList<OrderStatus>>
        {
            [OrderStatus.Pending] = [OrderStatus.Confirmed, OrderStatus.Cancelled],
            [OrderStatus.Confirmed] = [OrderStatus.Processing, OrderStatus.Cancelled],
            [OrderStatus.Processing] = [OrderStatus.Shipped],
            [OrderStatus.Shipped] = [OrderStatus.Delivered],
            [OrderStatus.Delivered] = [],
            [OrderStatus.Cancelled] = [],
        };

    /// <summary>
    /// Statuses an unpaid order cannot enter. Confirming commits the stock to the order (the source designs
    /// fulfil the reservation on confirmation and release unpaid orders), so confirming an unpaid order
    /// would lock stock that no payment deadline ever frees.
    /// </summary>
    public static readonly IReadOnlySet<OrderStatus> PaidOnly =
        new HashSet<OrderStatus> { OrderStatus.Confirmed, OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered };

    /// <summary>Whether the state machine has the move, whatever the payment.</summary>
    public static bool CanMove(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    /// <summary>Whether an order with <paramref name="payment"/> may make the move.</summary>
    public static bool CanMove(OrderStatus from, OrderStatus to, PaymentStatus payment) => CanMove(from, to) && PaymentAllows(to, payment);

    public static bool PaymentAllows(OrderStatus to, PaymentStatus payment) => payment == PaymentStatus.Paid || !PaidOnly.Contains(to);

    /// <summary>The moves an order in <paramref name="from"/> with <paramref name="payment"/> may make now (what the UI offers).</summary>
    public static IReadOnlyList<OrderStatus> Next(OrderStatus from, PaymentStatus payment) =>
        Allowed[from].Where(to => PaymentAllows(to, payment)).ToList();

    /// <summary>Statuses whose converted holds still count as reserved (committed, not yet shipped).</summary>
    public static bool HoldsCommittedStock(OrderStatus status) => status is OrderStatus.Confirmed or OrderStatus.Processing;
}

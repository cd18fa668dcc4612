namespace BlazorStock.Domain.Orders;

/// <summary>The order state machine as data: pending → confirmed → processing → shipped → delivered; cancel before processing.</summary>
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

    public static bool CanMove(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    /// <summary>Statuses whose converted holds still count as reserved (committed, not yet shipped).</summary>
    public static bool HoldsCommittedStock(OrderStatus status) => status is OrderStatus.Confirmed or OrderStatus.Processing;
}

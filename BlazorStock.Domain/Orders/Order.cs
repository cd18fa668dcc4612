using System.Linq.Expressions;

namespace BlazorStock.Domain.Orders;

public sealed class Order
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
    }

    internal Order(string customer, string? cartId, DateTimeOffset now, DateTimeOffset? paymentDueAt)
    {
        Id = Guid.NewGuid();
        Customer = customer;
        CartId = cartId;
        Status = OrderStatus.Pending;
        PaymentStatus = PaymentStatus.Unpaid;
        CreatedAt = now;
        UpdatedAt = now;
        PaymentDueAt = paymentDueAt;
    }

    public Guid Id { get; private set; }

    public string Customer { get; private set; } = "";

    /// <summary>The shopper's cart the order came from; null for orders staff created.</summary>
    public string? CartId { get; private set; }

    public OrderStatus Status { get; private set; }

    public PaymentStatus PaymentStatus { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PaymentDueAt { get; private set; }

    public decimal Total { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public IReadOnlyList<OrderStatus> NextStatuses => OrderTransitions.Allowed[Status];

    public bool IsOverdueAt(DateTimeOffset now) =>
        Status == OrderStatus.Pending && PaymentStatus == PaymentStatus.Unpaid && PaymentDueAt is { } due && due <= now;

    /// <summary><see cref="IsOverdueAt"/> as a query the database runs.</summary>
    internal static Expression<Func<Order, bool>> OverdueAt(DateTimeOffset now) =>
        o => o.Status == OrderStatus.Pending && o.PaymentStatus == PaymentStatus.Unpaid && o.PaymentDueAt != null && o.PaymentDueAt <= now;

    internal void AddLine(int productId, string sku, string name, int quantity, decimal unitPrice)
    {
        _lines.Add(new OrderLine(productId, sku, name, quantity, unitPrice));
        Total = _lines.Sum(l => l.LineTotal);
    }

    internal void MarkPaid(DateTimeOffset now)
    {
        if (PaymentStatus == PaymentStatus.Paid)
        {
            throw new DomainException(ErrorCodes.AlreadyPaid, "This order is already paid.");
        }

        if (Status != OrderStatus.Pending)
        {
            throw InvalidTransition(OrderStatus.Confirmed);
        }

        if (PaymentDueAt is { } due && due <= now)
        {
            throw new DomainException(ErrorCodes.PaymentWindowClosed, "The payment window for this order has closed; its items were released.");
        }

        PaymentStatus = PaymentStatus.Paid;
        Touch(now);
    }

    internal void TransitionTo(OrderStatus status, DateTimeOffset now)
    {
        if (!OrderTransitions.CanMove(Status, status))
        {
            throw InvalidTransition(status);
        }

        Status = status;
        Touch(now);
    }

    private DomainException InvalidTransition(OrderStatus to)
    {
        var allowed = NextStatuses.Count == 0 ? "none" : string.Join(", ", NextStatuses);
        return new DomainException(
            ErrorCodes.InvalidTransition,
            $"An order that is {Status} cannot become {to}. Allowed next: {allowed}.",
            new Dictionary<string, object?> { ["from"] = Status.ToString(), ["to"] = to.ToString(), ["allowed"] = NextStatuses.Select(s => s.ToString()).ToArray() });
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

namespace BlazorStock.Domain.Orders;

/// <summary>An order's status or payment changed; a recorded payment alone has <paramref name="From"/> equal to <paramref name="To"/>.</summary>
public sealed record OrderStatusChanged(
    DateTimeOffset OccurredAt,
    Guid OrderId,
    string? CartId,
    OrderStatus From,
    OrderStatus To,
    PaymentStatus PaymentStatus) : DomainEvent(OccurredAt);

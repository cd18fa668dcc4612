namespace BlazorStock.Domain.Orders;

public sealed record OrderStatusChanged(
    DateTimeOffset OccurredAt,
    Guid OrderId,
    string? CartId,
    OrderStatus From,
    OrderStatus To,
    PaymentStatus PaymentStatus) : DomainEvent(OccurredAt);

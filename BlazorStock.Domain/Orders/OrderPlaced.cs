namespace BlazorStock.Domain.Orders;

public sealed record OrderPlaced(DateTimeOffset OccurredAt, Guid OrderId, string? CartId, string Customer, decimal Total) : DomainEvent(OccurredAt);

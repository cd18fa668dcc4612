namespace BlazorStock.Domain.Catalog;

/// <summary>A product was created or its details (name, price, image, whether it is on sale) changed.</summary>
public sealed record ProductChanged(DateTimeOffset OccurredAt, int ProductId) : DomainEvent(OccurredAt);

namespace BlazorStock.Domain.Holds;

public abstract record HoldEvent(DateTimeOffset OccurredAt, HoldSnapshot Hold) : DomainEvent(OccurredAt);

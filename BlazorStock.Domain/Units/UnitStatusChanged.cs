namespace BlazorStock.Domain.Units;

public sealed record UnitStatusChanged(
    DateTimeOffset OccurredAt,
    int UnitId,
    int ProductId,
    string SerialNumber,
    UnitStatus From,
    UnitStatus To) : DomainEvent(OccurredAt);

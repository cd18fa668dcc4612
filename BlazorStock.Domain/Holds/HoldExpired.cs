namespace BlazorStock.Domain.Holds;

public sealed record HoldExpired(DateTimeOffset OccurredAt, HoldSnapshot Hold) : HoldEvent(OccurredAt, Hold);

namespace BlazorStock.Domain.Holds;

public sealed record HoldCreated(DateTimeOffset OccurredAt, HoldSnapshot Hold) : HoldEvent(OccurredAt, Hold);

namespace BlazorStock.Domain.Holds;

public sealed record HoldChanged(DateTimeOffset OccurredAt, HoldSnapshot Hold) : HoldEvent(OccurredAt, Hold);

namespace BlazorStock.Domain.Holds;

public sealed record HoldReleased(DateTimeOffset OccurredAt, HoldSnapshot Hold) : HoldEvent(OccurredAt, Hold);

namespace BlazorStock.Domain.Holds;

public sealed record HoldExtended(DateTimeOffset OccurredAt, HoldSnapshot Hold) : HoldEvent(OccurredAt, Hold);

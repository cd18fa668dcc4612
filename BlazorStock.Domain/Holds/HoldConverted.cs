namespace BlazorStock.Domain.Holds;

public sealed record HoldConverted(DateTimeOffset OccurredAt, HoldSnapshot Hold) : HoldEvent(OccurredAt, Hold);

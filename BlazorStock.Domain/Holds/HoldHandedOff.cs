namespace BlazorStock.Domain.Holds;

/// <summary>Freed units went to a waiting cart as a hand-off hold (published beside its <see cref="HoldCreated"/>).</summary>
public sealed record HoldHandedOff(DateTimeOffset OccurredAt, HoldSnapshot Hold) : HoldEvent(OccurredAt, Hold);

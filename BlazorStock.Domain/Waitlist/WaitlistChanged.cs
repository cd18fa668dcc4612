namespace BlazorStock.Domain.Waitlist;

/// <summary>A product's line changed: someone joined, left, was skipped or handed units.</summary>
public sealed record WaitlistChanged(DateTimeOffset OccurredAt, int ProductId) : DomainEvent(OccurredAt);

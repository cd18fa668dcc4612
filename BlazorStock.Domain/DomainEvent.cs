namespace BlazorStock.Domain;

/// <summary>Something that happened and was committed; published only after the transaction commits.</summary>
public abstract record DomainEvent(DateTimeOffset OccurredAt);

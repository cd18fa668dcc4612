namespace BlazorStock.Domain.Jobs;

/// <summary>A job run started or finished; the jobs page refreshes.</summary>
public sealed record JobRunChanged(DateTimeOffset OccurredAt, string Job, long RunId, JobOutcome Outcome) : DomainEvent(OccurredAt);

namespace BlazorStock.Domain.Jobs;

/// <summary>A job was paused, resumed or given a new schedule; every jobs page shows it at once.</summary>
public sealed record JobScheduleChanged(DateTimeOffset OccurredAt, string Job) : DomainEvent(OccurredAt);

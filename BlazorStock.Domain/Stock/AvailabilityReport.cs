namespace BlazorStock.Domain.Stock;

public sealed record AvailabilityReport(bool Available, IReadOnlyList<LineAvailability> Lines);

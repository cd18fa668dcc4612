namespace BlazorStock.Domain.Jobs;

/// <summary>What one job run did (or, in a dry run, would do).</summary>
public sealed record JobCounts(int HoldsExpired = 0, int UnitsReleased = 0, int OrdersCancelled = 0, int Findings = 0, string? Summary = null);

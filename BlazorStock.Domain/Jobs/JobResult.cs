namespace BlazorStock.Domain.Jobs;

/// <summary>
/// What one job run did (or, in a dry run, would do). The jobs return it, so Hangfire's dashboard shows it
/// on the job's page, and the run history stores its counts.
/// </summary>
/// <param name="Skipped">The run did nothing on purpose (its job is paused); recorded as <see cref="JobOutcome.Skipped"/>.</param>
public sealed record JobResult(int HoldsExpired = 0, int UnitsReleased = 0, int OrdersCancelled = 0, int Findings = 0, string? Summary = null, bool Skipped = false)
{
    public static JobResult SkippedBecause(string reason) => new(Summary: reason, Skipped: true);
}

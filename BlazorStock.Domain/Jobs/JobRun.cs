namespace BlazorStock.Domain.Jobs;

/// <summary>One execution of a recurring job, kept for <c>Jobs:HistoryRetention</c>.</summary>
public sealed class JobRun
{
    private JobRun()
    {
    }

    internal JobRun(string job, string trigger, string fireInstanceId, DateTimeOffset? scheduledAt, DateTimeOffset startedAt, bool dryRun)
    {
        Job = job;
        Trigger = trigger;
        FireInstanceId = fireInstanceId;
        ScheduledAt = scheduledAt;
        StartedAt = startedAt;
        DryRun = dryRun;
        Outcome = JobOutcome.Running;
    }

    public long Id { get; private set; }

    public string Job { get; private set; } = "";

    /// <summary>How the run started: <c>schedule</c>, or <c>manual</c> / <c>dry run</c> with the operator who asked.</summary>
    public string Trigger { get; private set; } = "";

    /// <summary>The Hangfire background job that ran (empty for a dry run, which runs in the caller).</summary>
    public string FireInstanceId { get; private set; } = "";

    public DateTimeOffset? ScheduledAt { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public long? DurationMs { get; private set; }

    public JobOutcome Outcome { get; private set; }

    public bool DryRun { get; private set; }

    public int HoldsExpired { get; private set; }

    public int UnitsReleased { get; private set; }

    public int OrdersCancelled { get; private set; }

    public int Findings { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>The failure's message and stack trace.</summary>
    public string? Error { get; private set; }

    internal void Finish(JobOutcome outcome, DateTimeOffset at, TimeSpan duration, JobResult? counts, string? error)
    {
        Outcome = outcome;
        FinishedAt = at;
        DurationMs = (long)duration.TotalMilliseconds;
        HoldsExpired = counts?.HoldsExpired ?? 0;
        UnitsReleased = counts?.UnitsReleased ?? 0;
        OrdersCancelled = counts?.OrdersCancelled ?? 0;
        Findings = counts?.Findings ?? 0;
        Summary = counts?.Summary;
        Error = error;
    }
}

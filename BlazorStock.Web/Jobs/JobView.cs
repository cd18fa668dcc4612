using BlazorStock.Domain.Jobs;

namespace BlazorStock.Web.Jobs;

/// <summary>One job as the jobs page shows it: schedule, state, last run and recent counts.</summary>
public sealed record JobView(
    string Name,
    string Description,
    string Cron,
    string State,
    DateTimeOffset? NextRunAt,
    JobRun? LastRun,
    JobRunCounts Day,
    JobRunCounts Week)
{
    public string Schedule => CronText.Describe(Cron);

    public bool IsPaused => State == JobStates.Paused;

    public bool IsRunning => State == JobStates.Running;

    /// <summary>Only the cleanup job can preview what it would do.</summary>
    public bool SupportsDryRun => Name == JobKeys.ExpireHolds.Name;
}

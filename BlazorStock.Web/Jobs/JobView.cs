using BlazorStock.Domain.Jobs;

namespace BlazorStock.Web.Jobs;

/// <summary>One recurring job as the jobs page shows it.</summary>
/// <param name="Cron">The schedule in force (an operator's edit, or <paramref name="ConfiguredCron"/>).</param>
/// <param name="NextRunAt">When Hangfire will next run it, UTC; null when the schedule never fires.</param>
/// <param name="LastTriggeredAt">When Hangfire last started it (by schedule or by hand), UTC.</param>
/// <param name="LastRun">The latest finished run in our history, with its counts and error.</param>
/// <param name="PausedBy">Who paused it, when <see cref="IsPaused"/>.</param>
/// <param name="Error">Why Hangfire could not schedule it, or why its last run failed.</param>
public sealed record JobView(
    string Id,
    string Description,
    string Cron,
    string ConfiguredCron,
    JobState State,
    bool IsPaused,
    string? PausedBy,
    DateTimeOffset? PausedAt,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? LastTriggeredAt,
    JobRun? LastRun,
    string? Error)
{
    public string Schedule => CronText.Describe(Cron);

    public bool IsScheduleEdited => Cron != ConfiguredCron;

    /// <summary>Only the cleanup can preview what it would do (<see cref="JobActions.DryRunAsync"/>).</summary>
    public bool SupportsDryRun => Id == JobCatalog.ExpireHolds;
}

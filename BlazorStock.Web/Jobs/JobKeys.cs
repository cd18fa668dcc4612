using Quartz;

namespace BlazorStock.Web.Jobs;

public static class JobKeys
{
    public const string DryRun = "dryRun";

    public static readonly JobKey ExpireHolds = new("ExpireHolds", "maintenance");
    public static readonly JobKey ConsistencyCheck = new("ConsistencyCheck", "maintenance");
    public static readonly JobKey DailyReport = new("DailyReport", "reports");

    public static IReadOnlyList<JobKey> All { get; } = [ExpireHolds, ConsistencyCheck, DailyReport];

    public static TriggerKey ScheduleOf(JobKey job) => new($"{job.Name}.schedule", job.Group);
}

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Bound from the <c>Jobs</c> section and checked at start-up by <see cref="JobOptionsValidator"/>. Cron
/// expressions are Hangfire's: five fields (minute hour day-of-month month day-of-week, UTC), or six with
/// leading seconds.
/// </summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process; off, the jobs are scheduled but another server must run them.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hangfire workers in this process; null takes Hangfire's default (five per core, at most 20).</summary>
    public int? WorkerCount { get; set; }

    /// <summary>How often the server looks for recurring jobs that are due (Hangfire's default is 15 seconds).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long finished job runs stay in the run history before <c>prune-history</c> deletes them.</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(30);

    public ExpireHoldsOptions ExpireHolds { get; set; } = new();

    public ConsistencyCheckOptions Consistency { get; set; } = new();

    public DailyReportOptions DailyReport { get; set; } = new();

    public PruneHistoryOptions PruneHistory { get; set; } = new();

    public sealed class ExpireHoldsOptions
    {
        public string Cron { get; set; } = "* * * * *";

        public int BatchSize { get; set; } = 500;
    }

    public sealed class ConsistencyCheckOptions
    {
        public string Cron { get; set; } = "0 * * * *";

        public bool AutoRepair { get; set; }
    }

    public sealed class DailyReportOptions
    {
        public string Cron { get; set; } = "0 6 * * *";
    }

    public sealed class PruneHistoryOptions
    {
        public string Cron { get; set; } = "30 3 * * *";
    }
}

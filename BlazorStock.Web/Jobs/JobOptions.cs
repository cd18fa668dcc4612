namespace BlazorStock.Web.Jobs;

/// <summary>Bound from the <c>Jobs</c> section. Cron expressions use Quartz syntax (seconds first).</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off in tests that drive jobs by hand.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(30);

    public ExpireHoldsOptions ExpireHolds { get; set; } = new();

    public ConsistencyCheckOptions Consistency { get; set; } = new();

    public DailyReportOptions DailyReport { get; set; } = new();

    public sealed class ExpireHoldsOptions
    {
        public string Cron { get; set; } = "0 * * * * ?";

        public int BatchSize { get; set; } = 500;
    }

    public sealed class ConsistencyCheckOptions
    {
        public string Cron { get; set; } = "0 0 * * * ?";

        public bool AutoRepair { get; set; }
    }

    public sealed class DailyReportOptions
    {
        public string Cron { get; set; } = "0 0 6 * * ?";
    }
}

using Hangfire;

namespace BlazorStock.Web.Jobs;

/// <summary>The recurring jobs, by their Hangfire ids (also the names in the run history and the audit log).</summary>
public static class JobCatalog
{
    public const string ExpireHolds = "expire-holds";
    public const string ConsistencyCheck = "consistency-check";
    public const string DailyReport = "daily-report";
    public const string PruneHistory = "prune-history";

    private static readonly RecurringJobOptions Utc = new() { TimeZone = TimeZoneInfo.Utc };

    public static IReadOnlyList<JobDefinition> All { get; } =
    [
        new(ExpireHolds, typeof(ExpireHoldsJob), "Releases expired holds in batches, oldest first, and cancels unpaid orders past their payment deadline",
            "Jobs:ExpireHolds:Cron", o => o.ExpireHolds.Cron,
            (jobs, cron) => jobs.AddOrUpdate<ExpireHoldsJob>(ExpireHolds, j => j.RunAsync(null, CancellationToken.None), cron, Utc)),
        new(ConsistencyCheck, typeof(ConsistencyCheckJob), "Checks reserved counts, units and holds for drift; repairs only with Jobs:Consistency:AutoRepair",
            "Jobs:Consistency:Cron", o => o.Consistency.Cron,
            (jobs, cron) => jobs.AddOrUpdate<ConsistencyCheckJob>(ConsistencyCheck, j => j.RunAsync(null, CancellationToken.None), cron, Utc)),
        new(DailyReport, typeof(DailyReportJob), "Reports the last 24 hours (holds created, expired, converted; most held; low stock)",
            "Jobs:DailyReport:Cron", o => o.DailyReport.Cron,
            (jobs, cron) => jobs.AddOrUpdate<DailyReportJob>(DailyReport, j => j.RunAsync(null, CancellationToken.None), cron, Utc)),
        new(PruneHistory, typeof(PruneHistoryJob), "Deletes job runs older than Jobs:HistoryRetention from the run history",
            "Jobs:PruneHistory:Cron", o => o.PruneHistory.Cron,
            (jobs, cron) => jobs.AddOrUpdate<PruneHistoryJob>(PruneHistory, j => j.RunAsync(null, CancellationToken.None), cron, Utc)),
    ];

    public static JobDefinition? Find(string? id) => All.FirstOrDefault(j => j.Id == id);
}

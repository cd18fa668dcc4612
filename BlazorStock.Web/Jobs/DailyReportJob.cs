using BlazorStock.Domain;
using BlazorStock.Domain.Jobs;
using Hangfire;
using Hangfire.Server;

namespace BlazorStock.Web.Jobs;

/// <summary>Stores the last 24 hours' report.</summary>
public sealed class DailyReportJob(JobGate gate, ReportService reports)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]

    // No retry: a retry after the report was stored would store a second report for the day. A failure
    // shows in the run history and on the dashboard, and an admin can trigger the job again.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Daily report")]
    public async Task<JobResult> RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        if (await gate.SkipIfPausedAsync(JobCatalog.DailyReport, context, cancellationToken) is { } skipped)
        {
            return skipped;
        }

        var report = await reports.CreateDailyReportAsync(cancellationToken);
        return new JobResult(Summary:
            $"Report {report.Id}: holds created {report.HoldsCreated}; closed: converted {report.HoldsConverted}, expired {report.HoldsExpired}, released {report.HoldsReleased} "
            + $"(conversion {Rate(report.Outcomes.ConversionRate)}, expiry {Rate(report.Outcomes.ExpiryRate)})");
    }

    private static string Rate(double? rate) => rate is { } value ? value.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}

using BlazorStock.Domain;
using BlazorStock.Domain.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace BlazorStock.Web.Jobs;

/// <summary>Stores the last 24 hours' report and prunes run history past its retention.</summary>
[DisallowConcurrentExecution]
public sealed class DailyReportJob(ReportService reports, JobRunLog log, OperationContext operation, TimeProvider time, IOptions<JobOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken shutdown)
    {
        using var cancellation = JobCancellation.For(context, shutdown);
        var cancellationToken = cancellation.Token;
        operation.Actor = "job:DailyReport";
        var report = await reports.CreateDailyReportAsync(cancellationToken);
        var pruned = await log.PruneAsync(time.GetUtcNow() - options.Value.HistoryRetention, cancellationToken);
        context.Result = new JobCounts(Summary:
            $"Holds created {report.HoldsCreated}; closed: converted {report.HoldsConverted}, expired {report.HoldsExpired}, released {report.HoldsReleased} "
            + $"(conversion {DailyReportText.Rate(report.Outcomes.ConversionRate)}, expiry {DailyReportText.Rate(report.Outcomes.ExpiryRate)}); pruned {pruned} old run(s)");
    }
}

using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using Microsoft.Extensions.Options;
using Quartz;

namespace BlazorStock.Web.Jobs;

/// <summary>Releases expired holds in batches, oldest first, and cancels unpaid orders past their deadline.</summary>
[DisallowConcurrentExecution]
public sealed class ExpireHoldsJob(HoldService holds, OrderService orders, OperationContext operation, IOptions<JobOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken shutdown)
    {
        using var cancellation = JobCancellation.For(context, shutdown);
        var cancellationToken = cancellation.Token;
        operation.Actor = "job:ExpireHolds";
        var batchSize = options.Value.ExpireHolds.BatchSize;
        var dryRun = context.MergedJobDataMap.TryGetBoolean(JobKeys.DryRun, out var dry) && dry;
        var expired = dryRun
            ? await holds.PreviewExpiryAsync(cancellationToken)
            : await holds.ExpireDueAsync(batchSize, cancellationToken);
        var cancelled = await orders.CancelOverdueAsync(batchSize, dryRun, cancellationToken);
        var verb = dryRun ? "would release" : "released";
        context.Result = new JobCounts(
            HoldsExpired: expired.HoldsExpired,
            UnitsReleased: expired.UnitsReleased + cancelled.UnitsReleased,
            OrdersCancelled: cancelled.OrdersCancelled,
            Summary: $"{verb} {expired.HoldsExpired} expired hold(s); {(dryRun ? "would cancel" : "cancelled")} {cancelled.OrdersCancelled} unpaid order(s)");
    }
}

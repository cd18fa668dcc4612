using BlazorStock.Domain;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Releases expired holds in batches, oldest first, then cancels unpaid orders past their payment deadline,
/// releasing their holds; paid orders are never touched (the rules are HoldService's and OrderService's).
/// </summary>
public sealed class ExpireHoldsJob(JobGate gate, HoldService holds, OrderService orders, IOptions<JobOptions> options)
{
    // One run at a time across every server (a distributed lock in the job storage): a second run waits for
    // the first and then finds what is left; one still waiting after five minutes fails, visibly.
    [DisableConcurrentExecution(timeoutInSeconds: 300)]

    // No retry: the next minute's run is the retry, and it starts afresh from the database, while a
    // retry of this one would only pile up behind it.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Expire holds and cancel overdue orders")]
    public async Task<JobResult> RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        if (await gate.SkipIfPausedAsync(JobCatalog.ExpireHolds, context, cancellationToken) is { } skipped)
        {
            return skipped;
        }

        var batchSize = options.Value.ExpireHolds.BatchSize;
        var expired = await holds.ExpireDueAsync(batchSize, cancellationToken);
        var cancelled = await orders.CancelOverdueAsync(batchSize, dryRun: false, cancellationToken);
        return new JobResult(
            HoldsExpired: expired.HoldsExpired,
            UnitsReleased: expired.UnitsReleased + cancelled.UnitsReleased,
            OrdersCancelled: cancelled.OrdersCancelled,
            Summary: $"released {expired.HoldsExpired} expired hold(s) in {expired.Batches} batch(es); cancelled {cancelled.OrdersCancelled} unpaid order(s), releasing {cancelled.HoldsReleased} hold(s)");
    }
}

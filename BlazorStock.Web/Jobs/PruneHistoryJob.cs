using BlazorStock.Domain;
using BlazorStock.Domain.Jobs;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>Deletes finished job runs older than <c>Jobs:HistoryRetention</c>.</summary>
public sealed class PruneHistoryJob(JobGate gate, JobRunLog log, TimeProvider time, IOptions<JobOptions> options)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]

    // Retrying is safe: a second delete of the same range finds nothing left.
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("Run history pruning")]
    public async Task<JobResult> RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        if (await gate.SkipIfPausedAsync(JobCatalog.PruneHistory, context, cancellationToken) is { } skipped)
        {
            return skipped;
        }

        var before = time.GetUtcNow() - options.Value.HistoryRetention;
        var pruned = await log.PruneAsync(before, cancellationToken);
        return new JobResult(Summary: $"Pruned {pruned} run(s) that started before {before:yyyy-MM-dd HH:mm} UTC");
    }
}

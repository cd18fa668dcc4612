using System.Collections.Concurrent;
using BlazorStock.Domain.Jobs;
using Quartz;

namespace BlazorStock.Web.Jobs;

/// <summary>Records every run of every job (start, outcome, counts, error) without the jobs knowing.</summary>
public sealed class JobRunListener(JobRunLog log, ILogger<JobRunListener> logger) : IJobListener
{
    private readonly ConcurrentDictionary<string, long> _running = new();

    public string Name => nameof(JobRunListener);

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var dryRun = context.MergedJobDataMap.TryGetBoolean(JobKeys.DryRun, out var dry) && dry;
        var id = await log.StartAsync(context.JobDetail.Key.Name, context.Trigger.Key.ToString(), context.FireInstanceId, context.ScheduledFireTimeUtc, dryRun, CancellationToken.None);
        _running[context.FireInstanceId] = id;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        if (!_running.TryRemove(context.FireInstanceId, out var id))
        {
            return;
        }

        var error = jobException?.InnerException ?? jobException;
        // Quartz reports an interrupted job that stopped by cancellation as finished without error, so a
        // cancelled token with no result is how an interruption shows.
        var outcome = error switch
        {
            OperationCanceledException => JobOutcome.Interrupted,
            null when context.CancellationToken.IsCancellationRequested && context.Result is null => JobOutcome.Interrupted,
            null => JobOutcome.Succeeded,
            _ => JobOutcome.Failed,
        };
        if (outcome == JobOutcome.Failed)
        {
            logger.LogError(error, "Job {Job} failed", context.JobDetail.Key);
        }

        // Recorded with no token: the run's own token may be the one that was cancelled.
        await log.FinishAsync(id, outcome, context.JobRunTime, context.Result as JobCounts, outcome == JobOutcome.Succeeded ? null : error, CancellationToken.None);
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

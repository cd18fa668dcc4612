using System.Diagnostics;
using BlazorStock.Domain.Jobs;
using Hangfire.Server;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Records every run of every job in our <c>JobRuns</c> table (job, start, duration, outcome, counts,
/// error) without the jobs knowing; unlike Hangfire's in-memory storage, the history survives restarts.
/// </summary>
public sealed class JobRunRecorder(JobRunLog log, ILogger<JobRunRecorder> logger) : IServerFilter
{
    /// <summary>
    /// Before Hangfire's default order, so it runs outside <c>DisableConcurrentExecution</c>: a run that
    /// gave up waiting for the previous one is recorded too (its duration includes the wait).
    /// </summary>
    public const int Order = -100;

    private const string RunId = "BlazorStock.JobRunId";
    private const string Started = "BlazorStock.JobRunStarted";

    // Hangfire's filters are synchronous. They run on Hangfire's own worker threads, so waiting here
    // blocks no request; the writes go through the writer with no token, as a shutdown must not lose them.
    public void OnPerforming(PerformingContext context)
    {
        var job = context.GetJobParameter<string>("RecurringJobId", allowStale: true) ?? context.BackgroundJob.Job.Type.Name;
        var by = context.GetJobParameter<string>(ManualTrigger.Parameter, allowStale: true);
        var enqueuedAt = context.GetJobParameter<long?>("Time", allowStale: true) is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var id = log.StartAsync(job, by is null ? "schedule" : $"manual: {by}", context.BackgroundJob.Id, enqueuedAt, dryRun: false, CancellationToken.None)
            .GetAwaiter().GetResult();
        context.Items[RunId] = id;
        context.Items[Started] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        if (!context.Items.TryGetValue(RunId, out var value) || value is not long id)
        {
            return;
        }

        var error = context.Exception is JobPerformanceException { InnerException: { } inner } ? inner : context.Exception;
        var result = context.Result as JobResult;
        var outcome = error switch
        {
            // Hangfire cancels the token on shutdown and when the job is deleted while running (JobAbortedException).
            OperationCanceledException => JobOutcome.Interrupted,
            not null => JobOutcome.Failed,
            null when context.Canceled || result?.Skipped == true => JobOutcome.Skipped,
            null => JobOutcome.Succeeded,
        };
        if (outcome == JobOutcome.Failed)
        {
            logger.LogError(error, "Job {Job} failed", context.BackgroundJob.Job.Type.Name);
        }

        var duration = Stopwatch.GetElapsedTime((long)context.Items[Started]);
        log.FinishAsync(id, outcome, duration, result, outcome is JobOutcome.Failed or JobOutcome.Interrupted ? error : null, CancellationToken.None)
            .GetAwaiter().GetResult();
    }
}

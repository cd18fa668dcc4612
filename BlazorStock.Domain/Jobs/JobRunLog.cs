using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Domain.Jobs;

/// <summary>Writes job run history: a row when a run starts, completed when it ends; old rows pruned.</summary>
public sealed class JobRunLog(StockWriter writer)
{
    private static readonly OperationContext Scheduler = new() { Actor = "scheduler" };

    public Task<long> StartAsync(string job, string trigger, string fireInstanceId, DateTimeOffset? scheduledAt, bool dryRun, CancellationToken cancellationToken) =>
        writer.WriteAsync(Scheduler, async w =>
        {
            var run = new JobRun(job, trigger, fireInstanceId, scheduledAt, w.Now, dryRun);
            w.Db.JobRuns.Add(run);
            await w.Db.SaveChangesAsync();
            w.Publish(new JobRunChanged(w.Now, job, run.Id, run.Outcome));
            return run.Id;
        }, cancellationToken);

    public Task<JobRun> FinishAsync(long runId, JobOutcome outcome, TimeSpan duration, JobResult? counts, Exception? error, CancellationToken cancellationToken) =>
        writer.WriteAsync(Scheduler, async w =>
        {
            var run = await w.Db.JobRuns.SingleAsync(r => r.Id == runId);
            // A failed run's summary is the innermost error's message, the one line that says what went wrong.
            run.Finish(outcome, w.Now, duration, counts ?? (error is null ? null : new JobResult(Summary: error.GetBaseException().Message)), error?.ToString());
            w.Publish(new JobRunChanged(w.Now, run.Job, run.Id, outcome));
            return run;
        }, cancellationToken);

    /// <summary>Deletes runs that started before <paramref name="before"/>; returns how many.</summary>
    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        writer.WriteAsync(Scheduler, w => w.Db.JobRuns.Where(r => r.StartedAt < before && r.Outcome != JobOutcome.Running).ExecuteDeleteAsync(), cancellationToken);
}

using BlazorStock.Domain;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Hangfire has no pause (its issue #173), so each job asks here first: a scheduled run of a job paused in
/// our database does nothing and says so; a run an operator triggered by hand still runs. A run that goes
/// ahead acts as the job: what it writes is audited as <c>job:&lt;id&gt;</c>.
/// </summary>
public sealed class JobGate(StockDbContext db, OperationContext operation)
{
    /// <summary>The skipped result for a paused scheduled run, or null after making the run act as the job.</summary>
    public async Task<JobResult?> SkipIfPausedAsync(string job, PerformContext? context, CancellationToken cancellationToken)
    {
        var skipped = await PausedAsync(job, context, cancellationToken);
        if (skipped is null)
        {
            operation.Actor = $"job:{job}";
        }

        return skipped;
    }

    private async Task<JobResult?> PausedAsync(string job, PerformContext? context, CancellationToken cancellationToken)
    {
        if (context?.GetJobParameter<string>(ManualTrigger.Parameter, allowStale: true) is not null)
        {
            return null;
        }

        var pause = await db.JobSchedules.AsNoTracking()
            .Where(s => s.Job == job && s.IsPaused)
            .Select(s => new { s.ChangedBy, s.ChangedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return pause is null ? null : JobResult.SkippedBecause($"Skipped: paused by {pause.ChangedBy} at {pause.ChangedAt:yyyy-MM-dd HH:mm:ss} UTC");
    }
}

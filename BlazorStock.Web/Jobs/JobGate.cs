using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Hangfire has no pause (its issue #173), so each job asks here first: a scheduled run of a job paused in
/// our database does nothing and says so; a run an operator triggered by hand still runs.
/// </summary>
public sealed class JobGate(StockDbContext db)
{
    public async Task<JobResult?> SkipIfPausedAsync(string job, PerformContext? context, CancellationToken cancellationToken)
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

using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BlazorStock.Web.Jobs;

/// <summary>Reads the jobs page's data: the scheduler's view of each job and its run history.</summary>
public sealed class JobsReader(ISchedulerFactory schedulers, StockDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<JobView>> JobsAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = time.GetUtcNow();
        var (day, week) = (now.AddDays(-1), now.AddDays(-7));
        var runs = await db.JobRuns.AsNoTracking()
            .Where(r => r.StartedAt >= week)
            .GroupBy(r => new { r.Job, Recent = r.StartedAt >= day, r.Outcome })
            .Select(g => new { g.Key.Job, g.Key.Recent, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var views = new List<JobView>();
        foreach (var key in JobKeys.All)
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var trigger = await scheduler.GetTrigger(JobKeys.ScheduleOf(key), cancellationToken) as ICronTrigger;
            var triggerState = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(trigger.Key, cancellationToken);
            var last = await db.JobRuns.AsNoTracking().Where(r => r.Job == key.Name).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            var state = triggerState switch
            {
                TriggerState.Paused => JobStates.Paused,
                _ when last?.Outcome == JobOutcome.Running => JobStates.Running,
                TriggerState.Error => JobStates.Error,
                _ when last?.Outcome == JobOutcome.Failed => JobStates.Error,
                _ => JobStates.Normal,
            };
            int Count(bool recentOnly, JobOutcome outcome) =>
                runs.Where(r => r.Job == key.Name && r.Outcome == outcome && (!recentOnly || r.Recent)).Sum(r => r.Count);
            views.Add(new JobView(
                key.Name,
                detail?.Description ?? "",
                trigger?.CronExpressionString ?? "",
                state,
                trigger?.NextFireTimeUtc,
                last,
                new JobRunCounts(Count(true, JobOutcome.Succeeded), Count(true, JobOutcome.Failed)),
                new JobRunCounts(Count(false, JobOutcome.Succeeded), Count(false, JobOutcome.Failed))));
        }

        return views;
    }

    /// <summary>Runs newest first, filtered; <paramref name="before"/> is the keyset cursor (a run id).</summary>
    public Task<List<JobRun>> RunsAsync(JobRunFilter filter, CancellationToken cancellationToken)
    {
        var runs = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Job))
        {
            runs = runs.Where(r => r.Job == filter.Job);
        }

        if (filter.Outcome is { } outcome)
        {
            runs = runs.Where(r => r.Outcome == outcome);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            runs = runs.Where(r => r.StartedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            runs = runs.Where(r => r.StartedAt < end);
        }

        if (filter.Before is { } before)
        {
            runs = runs.Where(r => r.Id < before);
        }

        return runs.OrderByDescending(r => r.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
    }

    public Task<JobRun?> RunAsync(long id, CancellationToken cancellationToken) =>
        db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<DailyReport?> LatestReportAsync(CancellationToken cancellationToken) =>
        db.DailyReports.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
}

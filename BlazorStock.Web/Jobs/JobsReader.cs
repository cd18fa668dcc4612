using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Each recurring job as the jobs page shows it: Hangfire's storage says when it runs next, when it last
/// started and whether a run is in progress; our database says whether it is paused and how its runs went.
/// </summary>
public sealed class JobsReader(JobStorage storage, IDbContextFactory<StockDbContext> contexts, IOptions<JobOptions> options)
{
    public async Task<IReadOnlyList<JobView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.JobSchedules.AsNoTracking().ToDictionaryAsync(s => s.Job, cancellationToken);
        var lastRuns = new Dictionary<string, JobRun>();
        foreach (var job in JobCatalog.All)
        {
            if (await db.JobRuns.AsNoTracking().Where(r => r.Job == job.Id && r.Outcome != JobOutcome.Running)
                    .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken) is { } run)
            {
                lastRuns[job.Id] = run;
            }
        }

        Dictionary<string, RecurringJobDto> scheduled;
        using (var connection = storage.GetConnection())
        {
            scheduled = connection.GetRecurringJobs(JobCatalog.All.Select(j => j.Id)).Where(r => !r.Removed).ToDictionary(r => r.Id);
        }

        var running = storage.GetMonitoringApi().ProcessingJobs(0, 100)
            .Select(j => j.Value.Job?.Type).OfType<Type>().ToHashSet();
        return JobCatalog.All.Select(job => View(job, settings.GetValueOrDefault(job.Id), scheduled.GetValueOrDefault(job.Id), lastRuns.GetValueOrDefault(job.Id), running.Contains(job.JobType))).ToList();
    }

    /// <summary>One job, or null for an unknown id.</summary>
    public async Task<JobView?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(j => j.Id == id);

    private JobView View(JobDefinition job, JobSchedule? settings, RecurringJobDto? scheduled, JobRun? lastRun, bool running)
    {
        var paused = settings?.IsPaused == true;
        var lastFailed = scheduled?.LastJobState == FailedState.StateName || lastRun?.Outcome == JobOutcome.Failed;
        var error = scheduled?.Error ?? (lastRun?.Outcome == JobOutcome.Failed ? lastRun.Summary : null);
        var state = running ? JobState.Running
            : paused ? JobState.Paused
            : scheduled?.Error is not null || lastFailed ? JobState.Error
            : JobState.Normal;
        return new JobView(
            job.Id,
            job.Description,
            scheduled?.Cron ?? settings?.Cron ?? job.ConfiguredCron(options.Value),
            job.ConfiguredCron(options.Value),
            state,
            paused,
            paused ? settings!.ChangedBy : null,
            paused ? settings!.ChangedAt : null,
            Utc(scheduled?.NextExecution),
            Utc(scheduled?.LastExecution),
            lastRun,
            error);
    }

    private static DateTimeOffset? Utc(DateTime? at) => at is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}

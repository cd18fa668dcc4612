using System.Diagnostics;
using System.Security.Claims;
using BlazorStock.Domain;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Jobs;
using BlazorStock.Web.Requests;
using BlazorStock.Web.Staff;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// What an admin can do to a recurring job from the jobs page, beyond what Hangfire's dashboard offers:
/// trigger now, dry-run the cleanup, pause, resume and edit the schedule. Each action is audited with the
/// acting user; pauses and schedules live in our database (<see cref="JobScheduleService"/>). Refusals
/// (an unknown job, a bad cron expression) throw <see cref="JobActionException"/> with a message to show.
/// </summary>
public sealed class JobActions(
    IRecurringJobManagerV2 jobs,
    JobStorage storage,
    JobScheduleService schedules,
    CleanupPreviewService cleanup,
    AuditService audit,
    JobRunLog history,
    OperationContext operation,
    IOptions<JobOptions> options)
{
    /// <summary>How many holds and orders a dry run lists (its counts are always complete).</summary>
    public const int DryRunListLimit = 200;

    /// <summary>Runs the job now, even when it is paused. Returns Hangfire's background job id.</summary>
    public async Task<string> TriggerAsync(string jobId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var job = Act(jobId, user);
        string? backgroundJobId;
        using (ManualTrigger.By(operation.Actor))
        {
            backgroundJobId = jobs.TriggerJob(job.Id);
        }

        if (backgroundJobId is null)
        {
            throw new JobActionException($"{job.Id} could not be triggered: Hangfire does not know the job.");
        }

        await audit.RecordAsync("job.triggered", AuditObjectTypes.Job, job.Id, null, new { backgroundJobId }, null, cancellationToken);
        return backgroundJobId;
    }

    /// <summary>
    /// What the cleanup would release now, changing nothing: recorded in the run history as a dry run and audited.
    /// </summary>
    public async Task<CleanupPreview> DryRunAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var job = Act(JobCatalog.ExpireHolds, user);
        var runId = await history.StartAsync(job.Id, $"dry run: {operation.Actor}", "", null, dryRun: true, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        CleanupPreview preview;
        try
        {
            preview = await cleanup.PreviewAsync(DryRunListLimit, cancellationToken);
        }
        catch (Exception ex)
        {
            await history.FinishAsync(runId, ex is OperationCanceledException ? JobOutcome.Interrupted : JobOutcome.Failed, Stopwatch.GetElapsedTime(started), null, ex, CancellationToken.None);
            throw;
        }

        await history.FinishAsync(runId, JobOutcome.Succeeded, Stopwatch.GetElapsedTime(started), preview.ToResult(), null, CancellationToken.None);
        await audit.RecordAsync("job.dry-run", AuditObjectTypes.Job, job.Id, null, new { preview.HoldsDue, preview.OrdersOverdue, preview.UnitsReleased }, null, cancellationToken);
        return preview;
    }

    /// <summary>Scheduled runs do nothing until resumed. Returns false when it was already paused.</summary>
    public Task<bool> PauseAsync(string jobId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        schedules.PauseAsync(Act(jobId, user).Id, cancellationToken);

    /// <summary>Returns false when it was not paused.</summary>
    public Task<bool> ResumeAsync(string jobId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        schedules.ResumeAsync(Act(jobId, user).Id, cancellationToken);

    /// <summary>
    /// Runs the job on <paramref name="cron"/> from now on and after restarts (over the configured default);
    /// empty goes back to the configured default. Returns the schedule now in force. A bad expression is
    /// refused with the reason and changes nothing.
    /// </summary>
    public async Task<string> RescheduleAsync(string jobId, string? cron, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var job = Act(jobId, user);
        var configured = job.ConfiguredCron(options.Value);
        var wanted = string.IsNullOrWhiteSpace(cron) ? null : cron.Trim();
        var effective = wanted ?? configured;
        if (!CronSchedule.TryParse(effective, out _, out var error))
        {
            throw new JobActionException(error);
        }

        var previous = CurrentCron(job) ?? configured;
        try
        {
            job.Register(jobs, effective);
        }
        catch (ArgumentException ex)
        {
            // Hangfire's own parser is the last word on what it can run.
            throw new JobActionException($"'{effective}' is not a schedule Hangfire can run: {ex.InnerException?.Message ?? ex.Message} {CronSchedule.Help}");
        }

        try
        {
            await schedules.RescheduleAsync(job.Id, wanted == configured ? null : wanted, cancellationToken);
        }
        catch
        {
            job.Register(jobs, previous);
            throw;
        }

        return effective;
    }

    private string? CurrentCron(JobDefinition job)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs([job.Id]).FirstOrDefault(r => !r.Removed)?.Cron;
    }

    /// <summary>The job, once the user is known to be an admin; the acting user is who the audit names.</summary>
    private JobDefinition Act(string jobId, ClaimsPrincipal user)
    {
        if (!user.IsInRole(StaffRoles.Admin))
        {
            throw new UnauthorizedAccessException("Only admins can act on jobs.");
        }

        // An action of its own: the caller may be a circuit's click, where the scope's actor does not apply.
        operation.BeginAction(OperationActors.For(user, null), operation.CorrelationId ?? OperationContext.NewCorrelationId());
        return JobCatalog.Find(jobId) ?? throw new JobActionException($"There is no job named '{jobId}'.");
    }
}

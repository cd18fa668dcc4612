using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Persistence;

namespace BlazorStock.Domain.Jobs;

/// <summary>
/// Pauses, resumes and reschedules recurring jobs in our database, each change audited in its own
/// transaction. The host validates cron expressions and applies them to its scheduler.
/// </summary>
public sealed class JobScheduleService(StockWriter writer, OperationContext operation)
{
    private const string Default = "(configured default)";

    /// <summary>Returns false when the job was already paused (nothing changed, nothing audited).</summary>
    public Task<bool> PauseAsync(string job, CancellationToken cancellationToken) => SetPausedAsync(job, true, cancellationToken);

    /// <summary>Returns false when the job was not paused.</summary>
    public Task<bool> ResumeAsync(string job, CancellationToken cancellationToken) => SetPausedAsync(job, false, cancellationToken);

    /// <summary>Sets the job's schedule; null returns it to the configured default. Returns false when unchanged.</summary>
    public Task<bool> RescheduleAsync(string job, string? cron, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var schedule = await FindOrAddAsync(w, job);
            if (schedule.Cron == cron)
            {
                return false;
            }

            var before = schedule.Cron;
            schedule.SetCron(cron, w.Now, w.Actor);
            w.Audit("job.rescheduled", AuditObjectTypes.Job, job, new { cron = before ?? Default }, new { cron = cron ?? Default });
            w.Publish(new JobScheduleChanged(w.Now, job));
            return true;
        }, cancellationToken);

    private Task<bool> SetPausedAsync(string job, bool paused, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, async w =>
        {
            var schedule = await FindOrAddAsync(w, job);
            if (schedule.IsPaused == paused)
            {
                return false;
            }

            schedule.SetPaused(paused, w.Now, w.Actor);
            w.Audit(paused ? "job.paused" : "job.resumed", AuditObjectTypes.Job, job, new { paused = !paused }, new { paused });
            w.Publish(new JobScheduleChanged(w.Now, job));
            return true;
        }, cancellationToken);

    private static async Task<JobSchedule> FindOrAddAsync(WriteContext w, string job)
    {
        if (await w.Db.JobSchedules.FindAsync(job) is { } existing)
        {
            return existing;
        }

        var created = new JobSchedule(job);
        w.Db.JobSchedules.Add(created);
        return created;
    }
}

using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Jobs;

public sealed class JobActionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("blazorstock-jobs-").FullName;

    private string DatabasePath => Path.Combine(_directory, "restart.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_bad_schedule_is_refused_with_a_clear_error_and_changes_nothing()
    {
        await using var factory = JobHost.Create();

        var wrongCount = await Assert.ThrowsAsync<JobActionException>(() => Reschedule(factory, JobCatalog.ConsistencyCheck, "every hour please"));
        var quartz = await Assert.ThrowsAsync<JobActionException>(() => Reschedule(factory, JobCatalog.ConsistencyCheck, "0 0 6 * * ? 2099"));
        var outOfRange = await Assert.ThrowsAsync<JobActionException>(() => Reschedule(factory, JobCatalog.ConsistencyCheck, "61 * * * *"));

        Assert.Contains("'every hour please' is not a cron expression Hangfire can run: it has 3 field(s)", wrongCount.Message);
        Assert.Contains("it has 7 field(s)", quartz.Message);
        Assert.Contains("'61 * * * *' is not a valid cron expression", outOfRange.Message);
        Assert.Contains("\"0 6 * * *\" daily at 06:00", outOfRange.Message);
        var job = await Job(factory, JobCatalog.ConsistencyCheck);
        Assert.Equal((JobHost.Never, "Never", (DateTimeOffset?)null), (job.Cron, job.Schedule, job.NextRunAt));
        Assert.Equal(0, await factory.DbAsync(db => db.JobSchedules.CountAsync()));
        Assert.Equal(0, await factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.ObjectType == "Job")));
    }

    [Fact]
    public async Task A_schedule_edit_changes_the_next_run_is_audited_and_survives_a_restart()
    {
        await using (var first = JobHost.Create(databasePath: DatabasePath))
        {
            var applied = await Reschedule(first, JobCatalog.ConsistencyCheck, " */5 * * * * ");

            Assert.Equal("*/5 * * * *", applied);
            var job = await Job(first, JobCatalog.ConsistencyCheck);
            Assert.Equal(("*/5 * * * *", "Every 5 minutes", true), (job.Cron, job.Schedule, job.IsScheduleEdited));
            Assert.InRange(job.NextRunAt!.Value, DateTimeOffset.UtcNow.AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(5));
            var audit = await first.DbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "job.rescheduled"));
            Assert.Equal(("admin@jobs.test", JobCatalog.ConsistencyCheck), (audit.Actor, audit.ObjectId));
            Assert.Contains("*/5 * * * *", audit.NewValues);
        }

        await using var second = JobHost.Create(databasePath: DatabasePath);
        var restarted = await Job(second, JobCatalog.ConsistencyCheck);
        Assert.Equal(("*/5 * * * *", JobHost.Never), (restarted.Cron, restarted.ConfiguredCron));
        Assert.NotNull(restarted.NextRunAt);

        Assert.Equal(JobHost.Never, await Reschedule(second, JobCatalog.ConsistencyCheck, ""));
        var reset = await Job(second, JobCatalog.ConsistencyCheck);
        Assert.Equal((JobHost.Never, false, (DateTimeOffset?)null), (reset.Cron, reset.IsScheduleEdited, reset.NextRunAt));
        Assert.Null(await second.DbAsync(db => db.JobSchedules.Where(s => s.Job == JobCatalog.ConsistencyCheck).Select(s => s.Cron).SingleAsync()));
    }

    [Fact]
    public async Task A_pause_survives_a_restart_and_resume_lets_scheduled_runs_work_again()
    {
        await using (var first = JobHost.Create(databasePath: DatabasePath))
        {
            Assert.True(await first.WithAsync<JobActions, bool>(a => a.PauseAsync(JobCatalog.DailyReport, JobHost.Admin, CancellationToken.None)));
            Assert.False(await first.WithAsync<JobActions, bool>(a => a.PauseAsync(JobCatalog.DailyReport, JobHost.Admin, CancellationToken.None)));
        }

        await using var second = JobHost.Create(databasePath: DatabasePath);
        var paused = await Job(second, JobCatalog.DailyReport);
        Assert.Equal((JobState.Paused, true, "admin@jobs.test"), (paused.State, paused.IsPaused, paused.PausedBy));
        Assert.Equal(JobOutcome.Skipped, (await second.RunJobAsync(JobCatalog.DailyReport)).Outcome);
        Assert.Equal(0, await second.DbAsync(db => db.DailyReports.CountAsync()));

        Assert.True(await second.WithAsync<JobActions, bool>(a => a.ResumeAsync(JobCatalog.DailyReport, JobHost.Admin, CancellationToken.None)));

        Assert.Equal(JobOutcome.Succeeded, (await second.RunJobAsync(JobCatalog.DailyReport)).Outcome);
        Assert.Equal(1, await second.DbAsync(db => db.DailyReports.CountAsync()));
        Assert.Equal(["job.paused", "job.resumed"], await second.DbAsync(db => db.AuditEntries.Where(a => a.ObjectType == "Job").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Trigger_now_runs_the_job_and_audits_who_asked()
    {
        await using var factory = JobHost.Create();

        var id = await factory.WithAsync<JobActions, string>(a => a.TriggerAsync(JobCatalog.ConsistencyCheck, JobHost.Admin, CancellationToken.None));

        var run = await factory.WaitForRunAsync(id);
        Assert.Equal((JobOutcome.Succeeded, "manual: admin@jobs.test", "No findings"), (run.Outcome, run.Trigger, run.Summary));
        var audit = await factory.DbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "job.triggered"));
        Assert.Equal(("admin@jobs.test", JobCatalog.ConsistencyCheck), (audit.Actor, audit.ObjectId));
        Assert.Contains(id, audit.NewValues);
    }

    [Fact]
    public async Task Only_admins_can_act_and_unknown_jobs_are_refused()
    {
        await using var factory = JobHost.Create();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => factory.WithAsync<JobActions, bool>(a => a.PauseAsync(JobCatalog.ExpireHolds, JobHost.Warehouse, CancellationToken.None)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => factory.WithAsync<JobActions, string>(a => a.TriggerAsync(JobCatalog.ExpireHolds, JobHost.Warehouse, CancellationToken.None)));
        var unknown = await Assert.ThrowsAsync<JobActionException>(() => factory.WithAsync<JobActions, bool>(a => a.PauseAsync("ExpireHolds", JobHost.Admin, CancellationToken.None)));

        Assert.Equal("There is no job named 'ExpireHolds'.", unknown.Message);
        Assert.Equal(0, await factory.DbAsync(db => db.JobSchedules.CountAsync()));
        Assert.Equal(0, await factory.DbAsync(db => db.JobRuns.CountAsync()));
    }

    private static Task<string> Reschedule(ApiFactory factory, string job, string cron) =>
        factory.WithAsync<JobActions, string>(a => a.RescheduleAsync(job, cron, JobHost.Admin, CancellationToken.None));

    private static async Task<JobView> Job(ApiFactory factory, string id) =>
        (await factory.WithAsync<JobsReader, JobView?>(r => r.GetAsync(id, CancellationToken.None)))!;
}

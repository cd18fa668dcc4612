using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;

namespace BlazorStock.Tests.Jobs;

public sealed class JobsReaderTests
{
    [Fact]
    public async Task Each_job_shows_its_schedule_in_words_its_next_and_last_run_and_its_state()
    {
        var blocker = new BlockingQuery("JobSchedules");
        await using var factory = JobHost.Create();
        factory.Settings["Jobs:DailyReport:Cron"] = "0 6 * * *";
        factory.TestServices = services => blocker.AddTo(services);

        var jobs = await ListAsync(factory);

        Assert.Equal([JobCatalog.ExpireHolds, JobCatalog.ConsistencyCheck, JobCatalog.DailyReport, JobCatalog.PruneHistory], jobs.Select(j => j.Id));
        Assert.All(jobs, j => Assert.Equal((JobState.Normal, (JobRun?)null, (DateTimeOffset?)null), (j.State, j.LastRun, j.LastTriggeredAt)));
        var report = jobs.Single(j => j.Id == JobCatalog.DailyReport);
        var now = DateTimeOffset.UtcNow;
        var sixOClock = new DateTimeOffset(now.UtcDateTime.Date.AddHours(6), TimeSpan.Zero);
        Assert.Equal(("Every day at 06:00 UTC", sixOClock > now ? sixOClock : sixOClock.AddDays(1)), (report.Schedule, report.NextRunAt));
        Assert.True(jobs.Single(j => j.Id == JobCatalog.ExpireHolds).SupportsDryRun);

        blocker.Arm();
        var id = factory.Trigger(JobCatalog.ConsistencyCheck);
        await blocker.WaitUntilBlockedAsync();
        var running = (await ListAsync(factory)).Single(j => j.Id == JobCatalog.ConsistencyCheck);
        Assert.Equal(JobState.Running, running.State);
        Assert.InRange(running.LastTriggeredAt!.Value, now.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));

        blocker.Release();
        var run = await factory.WaitForRunAsync(id);
        var done = (await ListAsync(factory)).Single(j => j.Id == JobCatalog.ConsistencyCheck);
        Assert.Equal((JobState.Normal, run.Id, "No findings"), (done.State, done.LastRun?.Id, done.LastRun?.Summary));

        await factory.WithAsync<JobActions, bool>(a => a.PauseAsync(JobCatalog.ConsistencyCheck, JobHost.Admin, CancellationToken.None));
        Assert.Equal(JobState.Paused, (await ListAsync(factory)).Single(j => j.Id == JobCatalog.ConsistencyCheck).State);
        Assert.Null(await factory.WithAsync<JobsReader, JobView?>(r => r.GetAsync("nope", CancellationToken.None)));
    }

    private static Task<IReadOnlyList<JobView>> ListAsync(ApiFactory factory) =>
        factory.WithAsync<JobsReader, IReadOnlyList<JobView>>(r => r.ListAsync(CancellationToken.None));
}

using BlazorStock.Domain.Jobs;
using BlazorStock.Web.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Jobs;

public sealed class JobHistoryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("blazorstock-jobs-").FullName;

    private string DatabasePath => Path.Combine(_directory, "restart.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Run_history_is_in_our_database_so_it_survives_a_restart_unlike_hangfires_in_memory_storage()
    {
        JobRun before;
        await using (var first = JobHost.Create(databasePath: DatabasePath))
        {
            before = await first.RunJobAsync(JobCatalog.ConsistencyCheck);
        }

        await using var second = JobHost.Create(databasePath: DatabasePath);
        var page = await second.WithAsync<JobRunQueries, PagedList<JobRun>>(q => q.PageAsync(new JobRunFilter(), 0, 10, CancellationToken.None));

        Assert.Equal([(before.Id, JobCatalog.ConsistencyCheck, JobOutcome.Succeeded)], page.Items.Select(r => (r.Id, r.Job, r.Outcome)));
        var jobs = await second.WithAsync<JobsReader, IReadOnlyList<JobView>>(r => r.ListAsync(CancellationToken.None));
        var check = jobs.Single(j => j.Id == JobCatalog.ConsistencyCheck);
        Assert.Equal(before.Id, check.LastRun?.Id);
        Assert.Null(check.LastTriggeredAt);
    }

    [Fact]
    public async Task A_run_stopped_by_the_server_shutting_down_honours_the_token_and_is_recorded_as_interrupted()
    {
        var blocker = new BlockingQuery("JobSchedules");
        string id;
        await using (var first = JobHost.Create(databasePath: DatabasePath))
        {
            first.TestServices = services => blocker.AddTo(services);
            _ = first.Server;
            blocker.Arm();
            id = first.Trigger(JobCatalog.ExpireHolds);
            await blocker.WaitUntilBlockedAsync();
        }

        await using var second = JobHost.Create(databasePath: DatabasePath);
        var run = await second.QueryAsync(db => db.JobRuns.AsNoTracking().SingleAsync(r => r.FireInstanceId == id));
        Assert.Equal(JobOutcome.Interrupted, run.Outcome);
        Assert.Contains("canceled", run.Error);
    }

    [Fact]
    public async Task Finished_runs_older_than_the_retention_are_pruned_by_their_own_job_and_newer_ones_kept()
    {
        await using var factory = JobHost.Create();
        factory.Settings["Jobs:HistoryRetention"] = "1.00:00:00";
        var old = await factory.RunJobAsync(JobCatalog.ConsistencyCheck);
        factory.Time.Advance(TimeSpan.FromHours(23));
        var recent = await factory.RunJobAsync(JobCatalog.ConsistencyCheck);
        factory.Time.Advance(TimeSpan.FromHours(2));

        var prune = await factory.RunJobAsync(JobCatalog.PruneHistory);

        Assert.StartsWith("Pruned 1 run(s) that started before", prune.Summary);
        var left = await factory.QueryAsync(db => db.JobRuns.Select(r => r.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal([recent.Id, prune.Id], left);
        Assert.DoesNotContain(old.Id, left);
    }

    [Fact]
    public async Task The_history_filters_by_job_outcome_and_day_newest_first_with_a_total_for_paging()
    {
        await using var factory = JobHost.Create();
        var day1 = await factory.RunJobAsync(JobCatalog.ConsistencyCheck);
        var cleanup1 = await factory.RunJobAsync(JobCatalog.ExpireHolds);
        factory.Time.Advance(TimeSpan.FromDays(1));
        await factory.WithAsync<JobActions, bool>(a => a.PauseAsync(JobCatalog.ExpireHolds, JobHost.Admin, CancellationToken.None));
        var skipped = await factory.RunJobAsync(JobCatalog.ExpireHolds);
        var day2 = await factory.RunJobAsync(JobCatalog.ConsistencyCheck);
        var today = DateOnly.FromDateTime(factory.Time.Now.UtcDateTime);

        Task<PagedList<JobRun>> Page(JobRunFilter filter, int page = 0, int size = 10) =>
            factory.WithAsync<JobRunQueries, PagedList<JobRun>>(q => q.PageAsync(filter, page, size, CancellationToken.None));

        Assert.Equal([day2.Id, day1.Id], (await Page(new JobRunFilter(Job: JobCatalog.ConsistencyCheck))).Items.Select(r => r.Id));
        Assert.Equal([skipped.Id], (await Page(new JobRunFilter(Outcome: JobOutcome.Skipped))).Items.Select(r => r.Id));
        Assert.Equal([cleanup1.Id, day1.Id], (await Page(new JobRunFilter(To: today.AddDays(-1)))).Items.Select(r => r.Id));
        Assert.Equal([day2.Id, skipped.Id], (await Page(new JobRunFilter(From: today))).Items.Select(r => r.Id));
        var second = await Page(new JobRunFilter(), page: 1, size: 3);
        Assert.Equal(4, second.TotalItems);
        Assert.Equal([day1.Id], second.Items.Select(r => r.Id));
    }
}

using System.Security.Claims;
using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Jobs;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Bunit;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorStock.Tests.Features.Staff.Jobs;

/// <summary>
/// The jobs page on the real job services, Hangfire's in-memory storage with our recurring jobs registered as
/// at start-up, and no Hangfire server: a triggered job waits in the queue, where the test finds it.
/// </summary>
public sealed class JobsPageTests : UiContext
{
    private const string Admin = "admin@jobs.test";

    public JobsPageTests()
    {
        Services.AddSingleton<JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions()));
        Services.AddSingleton<IRecurringJobManagerV2>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>(), new JobFilterCollection { new ManualTriggerFilter(Connection) }));
        Services.AddSingleton<IRecurringJobManager>(sp => sp.GetRequiredService<IRecurringJobManagerV2>());
        Services.AddSingleton(Options.Create(new JobOptions()));
        Services.AddScoped<JobsReader>();
        Services.AddScoped<JobActions>();
        Services.AddScoped<JobRunQueries>();
        Services.AddSingleton(_ => Store.Services.GetRequiredService<JobRunLog>());
        FromStoreScope<JobScheduleService>();
        FromStoreScope<CleanupPreviewService>();
        FromStoreScope<AuditService>();
        var authorization = AddAuthorization();
        authorization.SetAuthorized(Admin);
        authorization.SetRoles(StaffRoles.Admin);
        authorization.SetClaims(new Claim(ClaimTypes.Email, Admin));
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ActivatorUtilities.CreateInstance<RecurringJobsSetup>(Services).StartAsync(CancellationToken.None);
    }

    private JobStorage Storage => Services.GetRequiredService<JobStorage>();

    [Fact]
    public async Task Pause_and_resume_change_the_jobs_state_in_our_database_and_on_the_page_and_are_audited_with_the_admin()
    {
        var page = Open();
        page.WaitForAssertion(() => Assert.Equal("Normal", State(page, JobCatalog.DailyReport)));

        await Button(page, JobCatalog.DailyReport, "Pause").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("Paused", State(page, JobCatalog.DailyReport)));
        Assert.Contains($"by {Admin}", Row(page, JobCatalog.DailyReport).TextContent);
        Assert.Equal("Normal", State(page, JobCatalog.ExpireHolds));
        Assert.True(await PausedAsync(JobCatalog.DailyReport));
        Snackbars.WaitForAssertion(() => Assert.Contains("daily-report paused: scheduled runs do nothing until resumed.", Snackbars.Markup));

        await Button(page, JobCatalog.DailyReport, "Resume").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("Normal", State(page, JobCatalog.DailyReport)));
        Assert.False(await PausedAsync(JobCatalog.DailyReport));
        var audit = await Store.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ObjectType == AuditObjectTypes.Job).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.Actor, a.ObjectId }).ToListAsync());
        Assert.Equal([("job.paused", Admin, JobCatalog.DailyReport), ("job.resumed", Admin, JobCatalog.DailyReport)], audit.Select(a => (a.Action, a.Actor, a.ObjectId)));
    }

    [Fact]
    public async Task Trigger_now_queues_a_run_of_that_job_marked_as_the_admins_even_while_it_is_paused()
    {
        await Store.RunAsync(sp => sp.GetRequiredService<JobScheduleService>().PauseAsync(JobCatalog.ConsistencyCheck, CancellationToken.None));
        var page = Open();
        page.WaitForAssertion(() => Assert.Equal("Paused", State(page, JobCatalog.ConsistencyCheck)));

        await Button(page, JobCatalog.ConsistencyCheck, "Trigger now").ClickAsync(new());

        var queued = Storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10);
        var (jobId, job) = Assert.Single(queued);
        Assert.Equal(typeof(ConsistencyCheckJob), job.Job.Type);
        using (var connection = Storage.GetConnection())
        {
            Assert.Equal($"\"{Admin}\"", connection.GetJobParameter(jobId, ManualTrigger.Parameter));
        }

        var audit = await Store.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "job.triggered"));
        Assert.Equal((Admin, JobCatalog.ConsistencyCheck), (audit.Actor, audit.ObjectId));
        Assert.Contains(jobId, audit.NewValues);
        Snackbars.WaitForAssertion(() => Assert.Contains("consistency-check triggered.", Snackbars.Markup));
    }

    [Fact]
    public async Task A_bad_schedule_is_refused_in_the_dialog_and_a_good_one_is_applied_and_shown_in_words()
    {
        var page = Open();
        page.WaitForAssertion(() => Assert.Contains("Every day at 06:00 UTC", Row(page, JobCatalog.DailyReport).TextContent));

        var editing = Button(page, JobCatalog.DailyReport, "Edit schedule").ClickAsync(new());
        Dialogs.WaitForAssertion(() => Assert.Contains("Schedule of daily-report", Dialogs.Markup));
        Dialogs.Find("input[data-testid=cron]").Input("0 6 * * * ? 2099");
        await Dialogs.Find("[data-testid=save-schedule]").ClickAsync(new());

        Dialogs.WaitForAssertion(() => Assert.Contains("it has 7 field(s)", Dialogs.Markup));
        Assert.Null(await Store.QueryAsync(db => db.JobSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Job == JobCatalog.DailyReport)));

        Dialogs.Find("input[data-testid=cron]").Input("30 5 * * *");
        await Dialogs.Find("[data-testid=save-schedule]").ClickAsync(new());
        await editing;

        page.WaitForAssertion(() => Assert.Contains("(edited)", Row(page, JobCatalog.DailyReport).TextContent));
        Assert.Contains("Every day at 05:30 UTC", Row(page, JobCatalog.DailyReport).TextContent);
        Assert.Equal("30 5 * * *", await Store.QueryAsync(db => db.JobSchedules.Where(s => s.Job == JobCatalog.DailyReport).Select(s => s.Cron).SingleAsync()));
        using var connection = Storage.GetConnection();
        Assert.Equal("30 5 * * *", Assert.Single(connection.GetRecurringJobs([JobCatalog.DailyReport])).Cron);
    }

    [Fact]
    public async Task Runs_recorded_while_the_page_is_open_appear_in_the_history_and_the_job_filter_keeps_to_one_job()
    {
        var log = Store.Services.GetRequiredService<JobRunLog>();
        var page = Open();
        page.WaitForAssertion(() => Assert.Contains("No runs match.", page.Markup));

        var report = await log.StartAsync(JobCatalog.DailyReport, "schedule", "17", null, dryRun: false, CancellationToken.None);
        await log.FinishAsync(report, JobOutcome.Succeeded, TimeSpan.FromMilliseconds(40), new JobResult(Summary: "Report 1: holds created 3"), null, CancellationToken.None);
        var cleanup = await log.StartAsync(JobCatalog.ExpireHolds, "schedule", "18", null, dryRun: false, CancellationToken.None);
        await log.FinishAsync(cleanup, JobOutcome.Succeeded, TimeSpan.FromMilliseconds(5), new JobResult(HoldsExpired: 2, Summary: "released 2 expired hold(s)"), null, CancellationToken.None);
        Push();

        page.WaitForAssertion(() =>
        {
            Assert.Equal([JobCatalog.ExpireHolds, JobCatalog.DailyReport], HistoryJobs(page));
            Assert.Contains("released 2 expired hold(s)", Row(page, JobCatalog.ExpireHolds).TextContent);
        });

        Choose(page, "Job", JobCatalog.DailyReport);

        page.WaitForAssertion(() => Assert.Equal([JobCatalog.DailyReport], HistoryJobs(page)));
        Assert.EndsWith($"/staff/jobs?job={JobCatalog.DailyReport}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    private IRenderedComponent<JobsPage> Open()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/staff/jobs");
        return RenderWithProviders<JobsPage>();
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<JobsPage> page, string job) => page.Find($"[data-testid=jobs-table] tr[data-job='{job}']");

    private static string State(IRenderedComponent<JobsPage> page, string job) =>
        Row(page, job).QuerySelector("[data-testid=job-state]")!.TextContent.Trim();

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<JobsPage> page, string job, string text) =>
        Row(page, job).QuerySelectorAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The job of each row of the run history, newest first.</summary>
    private static List<string> HistoryJobs(IRenderedComponent<JobsPage> page) =>
        page.FindAll("[data-testid=runs] tbody tr td[data-label=Job]").Select(c => c.TextContent.Trim()).ToList();

    private Task<bool> PausedAsync(string job) =>
        Store.QueryAsync(db => db.JobSchedules.AnyAsync(s => s.Job == job && s.IsPaused));
}

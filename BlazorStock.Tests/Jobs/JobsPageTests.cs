using System.Net;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BlazorStock.Tests.Jobs;

public sealed class JobsPageTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    public Task InitializeAsync()
    {
        _factory.Settings["Jobs:ExpireHolds:Cron"] = JobHost.Never;
        _factory.Settings["Jobs:Consistency:Cron"] = JobHost.Never;
        _factory.Settings["Jobs:DailyReport:Cron"] = JobHost.Never;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_admin_sees_every_job_with_its_schedule_in_plain_words()
    {
        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);

        var html = await (await admin.GetAsync("/staff/jobs")).Content.ReadAsStringAsync();

        Assert.Contains("ExpireHolds", html);
        Assert.Contains("ConsistencyCheck", html);
        Assert.Contains("DailyReport", html);
        Assert.Contains("Custom schedule", html);
        Assert.Contains("Run history", html);
    }

    [Fact]
    public async Task Only_admins_reach_the_jobs_page_and_its_actions()
    {
        using var anonymous = _factory.Client();
        var redirect = await anonymous.GetAsync("/staff/jobs");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/staff/sign-in", redirect.Headers.Location!.PathAndQuery);

        using var warehouse = await StaffSession.SignInAsync(_factory, StaffSeeder.StaffEmail);
        foreach (var response in new[]
        {
            await warehouse.GetAsync("/staff/jobs"),
            await warehouse.GetAsync("/staff/jobs/table", htmx: true),
            await warehouse.PostFormAsync("/staff/jobs/ExpireHolds/trigger"),
        })
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.PathAndQuery.StartsWith("/staff/access-denied") == true,
                $"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}");
        }

        Assert.Equal(0, await _factory.DbAsync(db => db.JobRuns.CountAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await warehouse.GetAsync("/staff/access-denied")).StatusCode);
    }

    [Fact]
    public async Task Trigger_now_runs_the_job_records_it_and_audits_who_asked()
    {
        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);
        var product = await _factory.ProductAsync(5);
        await _factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart("late"), product.Id, 2), CancellationToken.None));
        _factory.Time.Advance(TimeSpan.FromMinutes(16));

        var response = await admin.PostFormAsync("/staff/jobs/ExpireHolds/trigger", htmx: true);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Contains("ExpireHolds triggered.", await response.Content.ReadAsStringAsync());
        var run = await WaitForRunAsync();
        Assert.Equal((JobOutcome.Succeeded, 1, false), (run.Outcome, run.HoldsExpired, run.DryRun));
        var audit = await _factory.DbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "job.triggered"));
        Assert.Equal((StaffSeeder.AdminEmail, "ExpireHolds"), (audit.Actor, audit.ObjectId));
        var page = await (await admin.GetAsync("/staff/jobs")).Content.ReadAsStringAsync();
        Assert.Contains($"/staff/jobs/runs/{run.Id}", page);
        Assert.Contains("released 1 expired hold(s)", await (await admin.GetAsync($"/staff/jobs/runs/{run.Id}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_dry_run_from_the_page_changes_nothing()
    {
        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);
        var product = await _factory.ProductAsync(5);
        await _factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart("late"), product.Id, 2), CancellationToken.None));
        _factory.Time.Advance(TimeSpan.FromMinutes(16));

        await admin.PostFormAsync("/staff/jobs/ExpireHolds/trigger", new Dictionary<string, string> { ["dryRun"] = "true" });

        var run = await WaitForRunAsync();
        Assert.Equal((true, 1), (run.DryRun, run.HoldsExpired));
        Assert.Equal(1, await _factory.DbAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)));
    }

    [Fact]
    public async Task Pause_and_resume_change_the_schedules_state()
    {
        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);
        var scheduler = await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = JobKeys.ScheduleOf(JobKeys.DailyReport);

        var paused = await admin.PostFormAsync("/staff/jobs/DailyReport/pause");
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Equal(TriggerState.Paused, await scheduler.GetTriggerState(trigger, CancellationToken.None));
        Assert.Contains(">paused<", await (await admin.GetAsync("/staff/jobs/table", htmx: true)).Content.ReadAsStringAsync());

        await admin.PostFormAsync("/staff/jobs/DailyReport/resume", htmx: true);
        Assert.Equal(TriggerState.Normal, await scheduler.GetTriggerState(trigger, CancellationToken.None));
        Assert.Equal(2, await _factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.ObjectType == "Job")));
    }

    [Fact]
    public async Task A_job_action_without_the_antiforgery_token_is_refused_even_when_it_posts_no_form()
    {
        var cookie = await _factory.StaffCookieAsync(StaffSeeder.AdminEmail);
        using var client = _factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/staff/jobs/DailyReport/pause");
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var scheduler = await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Equal(TriggerState.Normal, await scheduler.GetTriggerState(JobKeys.ScheduleOf(JobKeys.DailyReport), CancellationToken.None));
        Assert.Equal(0, await _factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.ObjectType == "Job")));
    }

    [Fact]
    public async Task A_schedule_edit_is_validated_and_applied()
    {
        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);
        var scheduler = await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var refused = await admin.PostFormAsync("/staff/jobs/ConsistencyCheck/schedule", new Dictionary<string, string> { ["cron"] = "every hour please" }, htmx: true);
        Assert.Contains("is not a valid Quartz cron expression", await refused.Content.ReadAsStringAsync());
        var unchanged = (ICronTrigger)(await scheduler.GetTrigger(JobKeys.ScheduleOf(JobKeys.ConsistencyCheck), CancellationToken.None))!;
        Assert.Equal(JobHost.Never, unchanged.CronExpressionString);

        var accepted = await admin.PostFormAsync("/staff/jobs/ConsistencyCheck/schedule", new Dictionary<string, string> { ["cron"] = "0 15 * * * ?" }, htmx: true);
        Assert.Contains("Every hour at :15", await accepted.Content.ReadAsStringAsync());
        var changed = (ICronTrigger)(await scheduler.GetTrigger(JobKeys.ScheduleOf(JobKeys.ConsistencyCheck), CancellationToken.None))!;
        Assert.Equal("0 15 * * * ?", changed.CronExpressionString);
        Assert.InRange(changed.NextFireTimeUtc!.Value, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1));
    }

    [Fact]
    public async Task Interrupting_a_running_cleanup_stops_it_between_batches()
    {
        _factory.Settings["Jobs:ExpireHolds:BatchSize"] = "1";
        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);
        var product = await _factory.ProductAsync(1500);
        await Task.WhenAll(Enumerable.Range(0, 1500).Select(i =>
            _factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Cart($"c{i}"), product.Id, 1), CancellationToken.None))));
        _factory.Time.Advance(TimeSpan.FromMinutes(16));

        await admin.PostFormAsync("/staff/jobs/ExpireHolds/trigger");
        await WaitUntilAsync(() => _factory.DbAsync(db => db.JobRuns.AnyAsync(r => r.Outcome == JobOutcome.Running)));
        var interrupted = await admin.PostFormAsync("/staff/jobs/ExpireHolds/interrupt", htmx: true);

        Assert.Contains("was asked to stop", await interrupted.Content.ReadAsStringAsync());
        var run = await WaitForRunAsync();
        var all = await _factory.DbAsync(db => db.JobRuns.AsNoTracking().ToListAsync());
        Assert.True(run.Outcome == JobOutcome.Interrupted, string.Join(" | ", all.Select(r => $"{r.Id} {r.Job} {r.Outcome} {r.DurationMs} ms {r.HoldsExpired} {r.Summary} {r.Error}")));
        Assert.True(await _factory.DbAsync(db => db.Holds.CountAsync(h => h.Status == HoldStatus.Active)) > 0, "the interrupted run left holds for the next one");
        Assert.Empty(await _factory.RunAsync<Domain.Consistency.ConsistencyService, List<Domain.Consistency.ConsistencyFinding>>(c => c.CheckAsync(CancellationToken.None)));
    }

    private async Task<JobRun> WaitForRunAsync()
    {
        JobRun? run = null;
        await WaitUntilAsync(async () => (run = await _factory.DbAsync(db => db.JobRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(r => r.Outcome != JobOutcome.Running))) is not null);
        return run!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(25);
        }
    }
}

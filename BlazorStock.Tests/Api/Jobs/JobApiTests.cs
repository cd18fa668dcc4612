using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Api.Carts;
using BlazorStock.Tests.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Api.Jobs;

public sealed class JobApiTests
{
    [Fact]
    public async Task Admins_list_pause_resume_and_reschedule_jobs_and_a_bad_cron_changes_nothing()
    {
        await using var factory = JobHost.Create();
        using var admin = await factory.AdminClientAsync();

        var jobs = await ApiAssert.JsonAsync(await admin.GetAsync("/api/admin/jobs"), HttpStatusCode.OK);
        Assert.Equal(JobCatalog.All.Select(j => j.Id), jobs.EnumerateArray().Select(j => j.GetProperty("id").GetString()));
        var listed = jobs.EnumerateArray().Single(j => j.GetProperty("id").GetString() == JobCatalog.ConsistencyCheck);
        Assert.Equal((JobHost.Never, "Never", "Normal", false, JsonValueKind.Null), (listed.GetProperty("cron").GetString(), listed.GetProperty("schedule").GetString(),
            listed.GetProperty("state").GetString(), listed.GetProperty("isPaused").GetBoolean(), listed.GetProperty("nextRunAt").ValueKind));

        var paused = await ApiAssert.JsonAsync(await admin.PostAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/pause", null), HttpStatusCode.OK);
        var pausedAgain = await ApiAssert.JsonAsync(await admin.PostAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/pause", null), HttpStatusCode.OK);
        Assert.Equal((true, "Paused", StaffSeeder.AdminEmail), (paused.GetProperty("changed").GetBoolean(), paused.GetProperty("job").GetProperty("state").GetString(),
            paused.GetProperty("job").GetProperty("pausedBy").GetString()));
        Assert.False(pausedAgain.GetProperty("changed").GetBoolean());
        var resumed = await ApiAssert.JsonAsync(await admin.PostAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/resume", null), HttpStatusCode.OK);
        Assert.Equal((true, "Normal"), (resumed.GetProperty("changed").GetBoolean(), resumed.GetProperty("job").GetProperty("state").GetString()));
        Assert.False((await ApiAssert.JsonAsync(await admin.PostAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/resume", null), HttpStatusCode.OK)).GetProperty("changed").GetBoolean());

        var edited = await ApiAssert.JsonAsync(await admin.PutAsJsonAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/schedule", new { cron = "*/5 * * * *" }), HttpStatusCode.OK);
        Assert.Equal(("*/5 * * * *", "Every 5 minutes", true), (edited.GetProperty("cron").GetString(), edited.GetProperty("schedule").GetString(), edited.GetProperty("isScheduleEdited").GetBoolean()));
        Assert.Equal(JsonValueKind.String, edited.GetProperty("nextRunAt").ValueKind);

        var outOfRange = await ApiAssert.ProblemAsync(await admin.PutAsJsonAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/schedule", new { cron = "61 * * * *" }), HttpStatusCode.BadRequest, "invalid_cron");
        Assert.Contains("'61 * * * *' is not a valid cron expression", outOfRange.GetProperty("detail").GetString());
        var words = await ApiAssert.ProblemAsync(await admin.PutAsJsonAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/schedule", new { cron = "every hour please" }), HttpStatusCode.BadRequest, "invalid_cron");
        Assert.Contains("it has 3 field(s)", words.GetProperty("detail").GetString());
        await ApiAssert.ProblemAsync(await admin.PutAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/schedule", null), HttpStatusCode.BadRequest, "invalid_request");
        var kept = await ApiAssert.JsonAsync(await admin.GetAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}"), HttpStatusCode.OK);
        Assert.Equal("*/5 * * * *", kept.GetProperty("cron").GetString());

        var reset = await ApiAssert.JsonAsync(await admin.PutAsJsonAsync($"/api/admin/jobs/{JobCatalog.ConsistencyCheck}/schedule", new { cron = (string?)null }), HttpStatusCode.OK);
        Assert.Equal((JobHost.Never, false), (reset.GetProperty("cron").GetString(), reset.GetProperty("isScheduleEdited").GetBoolean()));
        var audit = await factory.DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ObjectType == "Job").OrderBy(a => a.Id).Select(a => new { a.Action, a.Actor }).ToListAsync());
        Assert.Equal(["job.paused", "job.resumed", "job.rescheduled", "job.rescheduled"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(StaffSeeder.AdminEmail, a.Actor));
    }

    [Fact]
    public async Task A_dry_run_changes_nothing_a_trigger_runs_the_cleanup_and_both_show_in_the_run_history()
    {
        await using var factory = JobHost.Create();
        var product = await factory.ProductAsync(5);
        using var cart = await factory.CartClientAsync();
        var hold = await CartApiTests.HoldAsync(cart, product.Id, 2);
        factory.Time.Advance(TimeSpan.FromMinutes(16));
        using var admin = await factory.AdminClientAsync();

        var preview = await ApiAssert.JsonAsync(await admin.PostAsync($"/api/admin/jobs/{JobCatalog.ExpireHolds}/dry-run", null), HttpStatusCode.OK);

        Assert.Equal((1, 0), (preview.GetProperty("holdsDue").GetInt32(), preview.GetProperty("ordersOverdue").GetInt32()));
        Assert.Equal(hold, Assert.Single(preview.GetProperty("holds").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HoldStatus.Active, await factory.DbAsync(db => db.Holds.Where(h => h.Id == hold).Select(h => h.Status).SingleAsync()));

        var triggered = await admin.PostAsync($"/api/admin/jobs/{JobCatalog.ExpireHolds}/trigger", null);
        var accepted = await ApiAssert.JsonAsync(triggered, HttpStatusCode.Accepted);
        Assert.Equal($"/api/admin/jobs/runs?job={JobCatalog.ExpireHolds}", triggered.Headers.Location!.OriginalString);
        var run = await factory.WaitForRunAsync(accepted.GetProperty("backgroundJobId").GetString()!);
        Assert.Equal((JobOutcome.Succeeded, $"manual: {StaffSeeder.AdminEmail}", 1), (run.Outcome, run.Trigger, run.HoldsExpired));
        Assert.Equal(HoldStatus.Expired, await factory.DbAsync(db => db.Holds.Where(h => h.Id == hold).Select(h => h.Status).SingleAsync()));

        var history = await ApiAssert.JsonAsync(await admin.GetAsync($"/api/admin/jobs/runs?job={JobCatalog.ExpireHolds}"), HttpStatusCode.OK);
        Assert.Equal(2, history.GetProperty("totalItems").GetInt32());
        Assert.Equal([(run.Id, false), (run.Id - 1, true)],
            history.GetProperty("items").EnumerateArray().Select(r => (r.GetProperty("id").GetInt64(), r.GetProperty("dryRun").GetBoolean())));
        var second = await ApiAssert.JsonAsync(await admin.GetAsync($"/api/admin/jobs/runs?job={JobCatalog.ExpireHolds}&limit=1&page=2"), HttpStatusCode.OK);
        Assert.Equal($"dry run: {StaffSeeder.AdminEmail}", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("trigger").GetString());
        Assert.Equal(0, (await ApiAssert.JsonAsync(await admin.GetAsync("/api/admin/jobs/runs?outcome=Failed"), HttpStatusCode.OK)).GetProperty("totalItems").GetInt32());
        var tomorrow = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(0, (await ApiAssert.JsonAsync(await admin.GetAsync($"/api/admin/jobs/runs?from={tomorrow}"), HttpStatusCode.OK)).GetProperty("totalItems").GetInt32());
        var listed = await ApiAssert.JsonAsync(await admin.GetAsync($"/api/admin/jobs/{JobCatalog.ExpireHolds}"), HttpStatusCode.OK);
        Assert.Equal(run.Id, listed.GetProperty("lastRun").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Unknown_jobs_bad_filters_and_a_job_hangfire_lost_are_refused_and_only_admins_get_in()
    {
        await using var factory = JobHost.Create();
        using var admin = await factory.AdminClientAsync();

        await ApiAssert.ProblemAsync(await admin.GetAsync("/api/admin/jobs/nope"), HttpStatusCode.NotFound, "job_not_found");
        await ApiAssert.ProblemAsync(await admin.PostAsync("/api/admin/jobs/nope/trigger", null), HttpStatusCode.NotFound, "job_not_found");
        await ApiAssert.ProblemAsync(await admin.PostAsync("/api/admin/jobs/nope/pause", null), HttpStatusCode.NotFound, "job_not_found");
        await ApiAssert.ProblemAsync(await admin.PostAsync("/api/admin/jobs/nope/resume", null), HttpStatusCode.NotFound, "job_not_found");
        await ApiAssert.ProblemAsync(await admin.PutAsJsonAsync("/api/admin/jobs/nope/schedule", new { cron = "* * * * *" }), HttpStatusCode.NotFound, "job_not_found");
        await ApiAssert.ProblemAsync(await admin.PostAsync($"/api/admin/jobs/{JobCatalog.DailyReport}/dry-run", null), HttpStatusCode.NotFound);
        await ApiAssert.ProblemAsync(await admin.GetAsync("/api/admin/jobs/runs?job=nope"), HttpStatusCode.NotFound, "job_not_found");
        await ApiAssert.ProblemAsync(await admin.GetAsync("/api/admin/jobs/runs?page=0"), HttpStatusCode.BadRequest, "invalid_page");
        await ApiAssert.ProblemAsync(await admin.GetAsync("/api/admin/jobs/runs?limit=201"), HttpStatusCode.BadRequest, "invalid_limit");
        await ApiAssert.ProblemAsync(await admin.GetAsync("/api/admin/jobs/runs?outcome=Maybe"), HttpStatusCode.BadRequest, "invalid_request");
        await ApiAssert.ProblemAsync(await admin.GetAsync("/api/admin/jobs/runs?from=yesterday"), HttpStatusCode.BadRequest, "invalid_request");

        factory.Services.GetRequiredService<IRecurringJobManagerV2>().RemoveIfExists(JobCatalog.DailyReport);
        var lost = await ApiAssert.ProblemAsync(await admin.PostAsync($"/api/admin/jobs/{JobCatalog.DailyReport}/trigger", null), HttpStatusCode.Conflict, "job_not_triggered");
        Assert.Contains("Hangfire does not know the job", lost.GetProperty("detail").GetString());

        using var staff = await factory.StaffClientAsync();
        using var anonymous = factory.Client();
        foreach (var (method, url) in new[]
                 {
                     ("GET", "/api/admin/jobs"), ("GET", $"/api/admin/jobs/{JobCatalog.ExpireHolds}"), ("GET", "/api/admin/jobs/runs"),
                     ("POST", $"/api/admin/jobs/{JobCatalog.ExpireHolds}/trigger"), ("POST", $"/api/admin/jobs/{JobCatalog.ExpireHolds}/pause"),
                     ("POST", $"/api/admin/jobs/{JobCatalog.ExpireHolds}/resume"), ("PUT", $"/api/admin/jobs/{JobCatalog.ExpireHolds}/schedule"),
                     ("POST", $"/api/admin/jobs/{JobCatalog.ExpireHolds}/dry-run"),
                 })
        {
            await ApiAssert.ProblemAsync(await staff.SendAsync(Request(method, url)), HttpStatusCode.Forbidden);
            await ApiAssert.ProblemAsync(await anonymous.SendAsync(Request(method, url)), HttpStatusCode.Unauthorized);
        }

        Assert.Equal(0, await factory.DbAsync(db => db.JobSchedules.CountAsync()));
        Assert.Equal(0, await factory.DbAsync(db => db.JobRuns.CountAsync()));
        Assert.Equal(0, await factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.ObjectType == "Job")));
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = method == "GET" ? null : JsonContent.Create(new { cron = "* * * * *" }) };
}

using System.Net;
using BlazorStock.Domain.Jobs;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Jobs;

/// <summary>Hangfire's dashboard at /hangfire, behind the app's Admin policy and its own antiforgery check.</summary>
public sealed class JobsDashboardTests : IAsyncLifetime
{
    private static readonly string[] Pages = ["/hangfire", "/hangfire/recurring", "/hangfire/jobs/succeeded"];
    private readonly ApiFactory _factory = JobHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_page_and_action()
    {
        using var anonymous = _factory.Client();

        foreach (var response in Pages.Select(p => anonymous.GetAsync(p)).Append(anonymous.PostAsync("/hangfire/recurring/trigger", Trigger(JobCatalog.ExpireHolds))))
        {
            var answer = await response;
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.StartsWith("/staff/sign-in?ReturnUrl=%2Fhangfire", answer.Headers.Location!.PathAndQuery);
        }

        Assert.Equal(0, await _factory.DbAsync(db => db.JobRuns.CountAsync()));
    }

    [Fact]
    public async Task Warehouse_staff_get_403_from_every_page_and_action()
    {
        using var warehouse = await StaffSession.SignInAsync(_factory, StaffSeeder.StaffEmail);

        foreach (var path in Pages)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await warehouse.GetAsync(path)).StatusCode);
        }

        var trigger = await warehouse.PostFormAsync("/hangfire/recurring/trigger", new Dictionary<string, string> { ["jobs[]"] = JobCatalog.ExpireHolds });
        Assert.Equal(HttpStatusCode.Forbidden, trigger.StatusCode);
        Assert.Equal(0, await _factory.DbAsync(db => db.JobRuns.CountAsync()));
    }

    [Fact]
    public async Task Admins_get_the_dashboard_with_the_three_jobs_under_the_products_name()
    {
        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);

        foreach (var path in Pages)
        {
            var page = await admin.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)page.StatusCode}");
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("BlazorStock jobs", html);
            Assert.Contains("href=\"/staff\"", html);
        }

        var recurring = await (await admin.GetAsync("/hangfire/recurring")).Content.ReadAsStringAsync();
        Assert.All(JobCatalog.All, job => Assert.Contains(job.Id, recurring));
    }

    [Fact]
    public async Task An_admins_trigger_now_runs_the_job_as_a_manual_run_and_needs_the_antiforgery_token()
    {
        var cookie = await _factory.StaffCookieAsync(StaffSeeder.AdminEmail);
        using var forged = _factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger") { Content = Trigger(JobCatalog.ConsistencyCheck) };
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Forbidden, (await forged.SendAsync(request)).StatusCode);
        Assert.Equal(0, await _factory.DbAsync(db => db.JobRuns.CountAsync()));

        using var admin = await StaffSession.SignInAsync(_factory, StaffSeeder.AdminEmail);
        var triggered = await admin.PostFormAsync("/hangfire/recurring/trigger", new Dictionary<string, string> { ["jobs[]"] = JobCatalog.ConsistencyCheck });

        Assert.Equal(HttpStatusCode.NoContent, triggered.StatusCode);
        JobRun? run = null;
        await JobHost.WaitUntilAsync(async () => (run = await _factory.DbAsync(db => db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Outcome != JobOutcome.Running))) is not null, "the triggered run");
        Assert.Equal((JobCatalog.ConsistencyCheck, JobOutcome.Succeeded, $"manual: {StaffSeeder.AdminEmail}"), (run!.Job, run.Outcome, run.Trigger));

        // The job's returned JobResult is what the dashboard shows as its result, every count included.
        var details = WebUtility.HtmlDecode(await (await admin.GetAsync($"/hangfire/jobs/details/{run.FireInstanceId}")).Content.ReadAsStringAsync());
        Assert.Contains("\"Findings\":0", details);
        Assert.Contains("\"HoldsExpired\":0", details);
        Assert.Contains("\"Summary\":\"No findings\"", details);
    }

    private static FormUrlEncodedContent Trigger(string job) => new(new Dictionary<string, string> { ["jobs[]"] = job });
}

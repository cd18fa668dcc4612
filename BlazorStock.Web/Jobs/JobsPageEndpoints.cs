using BlazorStock.Domain.Audit;
using BlazorStock.Web.Components.Pages.Staff.Jobs;
using BlazorStock.Web.Requests;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Quartz;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// The jobs page's actions (Admin only): trigger, pause, resume, reschedule, interrupt. Each is audited.
/// htmx gets the refreshed jobs table; a plain form post is redirected back to the page.
/// </summary>
public static class JobsPageEndpoints
{
    public static IEndpointRouteBuilder MapJobsPageEndpoints(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/staff/jobs").RequireAuthorization(StaffPolicies.Admin).RequireStaffAntiforgery().ExcludeFromDescription();
        jobs.MapGet("/table", TableAsync);
        jobs.MapGet("/runs", RunsAsync);
        jobs.MapPost("/{name}/trigger", TriggerAsync);
        jobs.MapPost("/{name}/pause", PauseAsync);
        jobs.MapPost("/{name}/resume", ResumeAsync);
        jobs.MapPost("/{name}/interrupt", InterruptAsync);
        jobs.MapPost("/{name}/schedule", RescheduleAsync);
        return app;
    }

    public static async Task<RazorComponentResult<JobsTable>> TableAsync(JobsReader reader, CancellationToken cancellationToken) =>
        new(new { Jobs = await reader.JobsAsync(cancellationToken) });

    public static async Task<RazorComponentResult<JobRunsTable>> RunsAsync(
        JobsReader reader, string? job, string? outcome, string? from, string? to, long? before, CancellationToken cancellationToken)
    {
        var filter = JobRunFilterParser.Parse(job, outcome, from, to, before);
        return new(new { Runs = await reader.RunsAsync(filter, cancellationToken), Filter = filter });
    }

    public static Task<IResult> TriggerAsync(string name, [FromForm] bool? dryRun, HttpContext http, ISchedulerFactory schedulers, AuditService audit, JobsReader reader, CancellationToken cancellationToken) =>
        ActAsync(name, http, schedulers, audit, reader, "job.triggered", new { dryRun = dryRun == true }, async (scheduler, key) =>
        {
            await scheduler.TriggerJob(key, new JobDataMap { [JobKeys.DryRun] = dryRun == true }, cancellationToken);
            return $"{key.Name} triggered{(dryRun == true ? " as a dry run" : "")}.";
        }, cancellationToken);

    public static Task<IResult> PauseAsync(string name, HttpContext http, ISchedulerFactory schedulers, AuditService audit, JobsReader reader, CancellationToken cancellationToken) =>
        ActAsync(name, http, schedulers, audit, reader, "job.paused", null, async (scheduler, key) =>
        {
            await scheduler.PauseJob(key, cancellationToken);
            return $"{key.Name} paused: it will not run on its schedule until resumed.";
        }, cancellationToken);

    public static Task<IResult> ResumeAsync(string name, HttpContext http, ISchedulerFactory schedulers, AuditService audit, JobsReader reader, CancellationToken cancellationToken) =>
        ActAsync(name, http, schedulers, audit, reader, "job.resumed", null, async (scheduler, key) =>
        {
            await scheduler.ResumeJob(key, cancellationToken);
            return $"{key.Name} resumed.";
        }, cancellationToken);

    public static Task<IResult> InterruptAsync(string name, HttpContext http, ISchedulerFactory schedulers, AuditService audit, JobsReader reader, CancellationToken cancellationToken) =>
        ActAsync(name, http, schedulers, audit, reader, "job.interrupted", null, async (scheduler, key) =>
            await scheduler.Interrupt(key, cancellationToken)
                ? $"{key.Name} was asked to stop; its run is recorded as interrupted."
                : throw new JobActionException($"{key.Name} is not running."), cancellationToken);

    public static Task<IResult> RescheduleAsync(string name, [FromForm] string? cron, HttpContext http, ISchedulerFactory schedulers, AuditService audit, JobsReader reader, CancellationToken cancellationToken) =>
        ActAsync(name, http, schedulers, audit, reader, "job.rescheduled", new { cron }, async (scheduler, key) =>
        {
            var expression = cron?.Trim() ?? "";
            if (!CronExpression.TryParse(expression, out _))
            {
                throw new JobActionException($"'{expression}' is not a valid Quartz cron expression (six or seven fields, seconds first, e.g. \"0 */5 * * * ?\").");
            }

            var triggerKey = JobKeys.ScheduleOf(key);
            var paused = await scheduler.GetTriggerState(triggerKey, cancellationToken) == TriggerState.Paused;
            var trigger = TriggerBuilder.Create().WithIdentity(triggerKey).ForJob(key).WithCronSchedule(expression).WithDescription(expression).Build();
            await scheduler.RescheduleJob(triggerKey, trigger, cancellationToken);
            if (paused)
            {
                await scheduler.PauseTrigger(triggerKey, cancellationToken);
            }

            return $"{key.Name} now runs: {CronText.Describe(expression)} ({expression}).";
        }, cancellationToken);

    private static async Task<IResult> ActAsync(
        string name, HttpContext http, ISchedulerFactory schedulers, AuditService audit, JobsReader reader, string action, object? details,
        Func<IScheduler, JobKey, Task<string>> act, CancellationToken cancellationToken)
    {
        if (JobKeys.All.FirstOrDefault(k => k.Name == name) is not { } key)
        {
            return TypedResults.NotFound();
        }

        string? message = null;
        string? error = null;
        try
        {
            message = await act(await schedulers.GetScheduler(cancellationToken), key);
            await audit.RecordAsync(action, "Job", key.Name, null, details, null, cancellationToken);
        }
        catch (JobActionException refused)
        {
            error = refused.Message;
        }

        if (http.Request.IsHtmx())
        {
            return new RazorComponentResult<JobsTable>(new { Jobs = await reader.JobsAsync(cancellationToken), Message = message, Error = error });
        }

        return TypedResults.Redirect($"/staff/jobs?message={Uri.EscapeDataString(message ?? error ?? "")}");
    }
}

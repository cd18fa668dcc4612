using System.Security.Claims;
using BlazorStock.Domain.Jobs;
using BlazorStock.Web.Api.Paging;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Api.Jobs;

/// <summary>
/// The recurring jobs for admins, as the back office's jobs page offers them: list, trigger now, pause, resume,
/// schedule edits, the cleanup's dry run and the run history. Every action goes through <see cref="JobActions"/>,
/// which audits it with the acting admin.
/// </summary>
public static class JobApi
{
    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder api)
    {
        var jobs = api.MapGroup("/admin/jobs").WithTags("Jobs").RequireStaff(StaffPolicies.Admin);
        jobs.MapGet("", ListAsync).WithName("ListJobs")
            .WithSummary("Every recurring job: its schedule (cron and in words), state, who paused it, next and last run and the last run's result.");
        jobs.MapGet("/runs", ListRunsAsync).WithName("ListJobRuns")
            .WithSummary("The run history, newest first, filtered by job, outcome and UTC days (both included); offset-paged with the total.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{id}", GetAsync).WithName("GetJob").WithSummary("One recurring job.").ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/{id}/trigger", TriggerAsync).WithName("TriggerJob")
            .WithSummary("Run the job now, even when it is paused; the run is recorded with who asked.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/{id}/pause", PauseAsync).WithName("PauseJob")
            .WithSummary("Scheduled runs do nothing (recorded as Skipped) until resumed; triggering still runs it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/{id}/resume", ResumeAsync).WithName("ResumeJob").WithSummary("Scheduled runs work again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPut("/{id}/schedule", RescheduleAsync).WithName("RescheduleJob")
            .WithSummary("Run the job on this cron (UTC) from now on and after restarts; null or blank goes back to the configured schedule. A schedule Hangfire cannot run is refused and changes nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/{id}/dry-run", DryRunAsync).WithName("DryRunCleanup")
            .WithSummary($"What the cleanup ({JobCatalog.ExpireHolds}, the only job with a dry run) would release now (expired holds, overdue unpaid orders, serialized units), changing nothing; recorded in the run history as a dry run.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<JobView>>> ListAsync(JobsReader jobs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await jobs.ListAsync(cancellationToken));

    public static async Task<Results<Ok<JobView>, ProblemHttpResult>> GetAsync(string id, JobsReader jobs, CancellationToken cancellationToken) =>
        await jobs.GetAsync(id, cancellationToken) is { } job ? TypedResults.Ok(job) : NoSuchJob(id);

    /// <param name="page">1 for the newest runs (default).</param>
    /// <param name="limit">Runs per page, 1–200 (default 50).</param>
    public static async Task<Results<Ok<PagedList<JobRun>>, ProblemHttpResult>> ListRunsAsync(
        string? job, JobOutcome? outcome, DateOnly? from, DateOnly? to, int? page, int? limit, JobRunQueries runs, CancellationToken cancellationToken)
    {
        if (job is not null && JobCatalog.Find(job) is null)
        {
            return NoSuchJob(job);
        }

        if (page < 1)
        {
            return ApiProblems.Invalid("invalid_page", "page starts at 1.");
        }

        if (!Cursor.TryLimit(limit, out var take, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(await runs.PageAsync(new JobRunFilter(job, outcome, from, to), (page ?? 1) - 1, take, cancellationToken));
    }

    public static async Task<Results<Accepted<JobTriggerResponse>, ProblemHttpResult>> TriggerAsync(
        string id, ClaimsPrincipal user, JobActions actions, CancellationToken cancellationToken)
    {
        if (JobCatalog.Find(id) is null)
        {
            return NoSuchJob(id);
        }

        try
        {
            var backgroundJobId = await actions.TriggerAsync(id, user, cancellationToken);
            return TypedResults.Accepted($"/api/admin/jobs/runs?job={id}", new JobTriggerResponse(id, backgroundJobId));
        }
        catch (JobActionException refused)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "job_not_triggered", refused.Message);
        }
    }

    public static Task<Results<Ok<JobChangeResponse>, ProblemHttpResult>> PauseAsync(
        string id, ClaimsPrincipal user, JobActions actions, JobsReader jobs, CancellationToken cancellationToken) =>
        ChangeAsync(id, jobs, () => actions.PauseAsync(id, user, cancellationToken), cancellationToken);

    public static Task<Results<Ok<JobChangeResponse>, ProblemHttpResult>> ResumeAsync(
        string id, ClaimsPrincipal user, JobActions actions, JobsReader jobs, CancellationToken cancellationToken) =>
        ChangeAsync(id, jobs, () => actions.ResumeAsync(id, user, cancellationToken), cancellationToken);

    public static async Task<Results<Ok<JobView>, ProblemHttpResult>> RescheduleAsync(
        string id, JobScheduleRequest request, ClaimsPrincipal user, JobActions actions, JobsReader jobs, CancellationToken cancellationToken)
    {
        if (JobCatalog.Find(id) is null)
        {
            return NoSuchJob(id);
        }

        try
        {
            await actions.RescheduleAsync(id, request.Cron, user, cancellationToken);
        }
        catch (JobActionException refused)
        {
            return ApiProblems.Invalid("invalid_cron", refused.Message);
        }

        return TypedResults.Ok((await jobs.GetAsync(id, cancellationToken))!);
    }

    public static async Task<Results<Ok<CleanupPreview>, ProblemHttpResult>> DryRunAsync(string id, ClaimsPrincipal user, JobActions actions, CancellationToken cancellationToken) =>
        JobCatalog.Find(id) is null ? NoSuchJob(id)
        : id != JobCatalog.ExpireHolds ? ApiProblems.Problem(StatusCodes.Status404NotFound, "dry_run_not_supported", $"Only {JobCatalog.ExpireHolds} has a dry run.")
        : TypedResults.Ok(await actions.DryRunAsync(user, cancellationToken));

    private static async Task<Results<Ok<JobChangeResponse>, ProblemHttpResult>> ChangeAsync(
        string id, JobsReader jobs, Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        if (JobCatalog.Find(id) is null)
        {
            return NoSuchJob(id);
        }

        var changed = await change();
        return TypedResults.Ok(new JobChangeResponse(changed, (await jobs.GetAsync(id, cancellationToken))!));
    }

    private static ProblemHttpResult NoSuchJob(string id) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, "job_not_found", $"There is no job named '{id}'; the jobs are {string.Join(", ", JobCatalog.All.Select(j => j.Id))}.");
}

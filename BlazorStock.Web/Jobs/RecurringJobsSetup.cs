using BlazorStock.Domain.Persistence;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>
/// Registers the recurring jobs with Hangfire at start-up, each on the schedule an operator saved in our
/// database or else its configured one, and removes jobs the storage knows that the app no longer has.
/// Runs after the database is migrated (hosted services start after Program's initialization).
/// </summary>
public sealed class RecurringJobsSetup(
    IServiceScopeFactory scopes, IRecurringJobManager jobs, JobStorage storage, IOptions<JobOptions> options, ILogger<RecurringJobsSetup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Dictionary<string, string?> saved;
        await using (var scope = scopes.CreateAsyncScope())
        {
            saved = await scope.ServiceProvider.GetRequiredService<StockDbContext>().JobSchedules.AsNoTracking()
                .Where(s => s.Cron != null)
                .ToDictionaryAsync(s => s.Job, s => s.Cron, cancellationToken);
        }

        foreach (var job in JobCatalog.All)
        {
            var cron = job.ConfiguredCron(options.Value);
            if (saved.GetValueOrDefault(job.Id) is { } edited)
            {
                if (CronSchedule.TryParse(edited, out _, out var error))
                {
                    cron = edited;
                }
                else
                {
                    logger.LogWarning("Job {Job}: the saved schedule is not usable ({Error}); running on the configured {Cron}", job.Id, error, cron);
                }
            }

            job.Register(jobs, cron);
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(r => JobCatalog.Find(r.Id) is null))
        {
            jobs.RemoveIfExists(stale.Id);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

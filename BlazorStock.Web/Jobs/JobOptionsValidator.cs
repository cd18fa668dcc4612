using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Jobs;

/// <summary>Fails start-up with every problem in the <c>Jobs</c> section spelled out (key, value, what to write instead).</summary>
public sealed class JobOptionsValidator : IValidateOptions<JobOptions>
{
    public ValidateOptionsResult Validate(string? name, JobOptions options)
    {
        var errors = new List<string>();
        foreach (var job in JobCatalog.All)
        {
            if (!CronSchedule.TryParse(job.ConfiguredCron(options), out _, out var error))
            {
                errors.Add($"{job.CronKey}: {error}");
            }
        }

        if (options.ExpireHolds.BatchSize < 1)
        {
            errors.Add("Jobs:ExpireHolds:BatchSize must be at least 1.");
        }

        if (options.HistoryRetention <= TimeSpan.Zero)
        {
            errors.Add("Jobs:HistoryRetention must be positive.");
        }

        if (options.WorkerCount is < 1)
        {
            errors.Add("Jobs:WorkerCount must be at least 1 (or unset for Hangfire's default).");
        }

        if (options.SchedulePollingInterval < TimeSpan.Zero)
        {
            errors.Add("Jobs:SchedulePollingInterval must not be negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

using Hangfire;

namespace BlazorStock.Web.Jobs;

/// <summary>One recurring job: its Hangfire id, what it does, where its schedule is configured and how to register it.</summary>
/// <param name="Register">Adds or updates the job in Hangfire on the given cron expression (UTC).</param>
public sealed record JobDefinition(
    string Id,
    Type JobType,
    string Description,
    string CronKey,
    Func<JobOptions, string> ConfiguredCron,
    Action<IRecurringJobManager, string> Register);

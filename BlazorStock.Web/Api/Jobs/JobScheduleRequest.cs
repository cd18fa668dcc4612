namespace BlazorStock.Web.Api.Jobs;

/// <param name="Cron">Hangfire's cron in UTC (five fields, or six with seconds first); null or blank goes back to the configured schedule.</param>
public sealed record JobScheduleRequest(string? Cron = null);

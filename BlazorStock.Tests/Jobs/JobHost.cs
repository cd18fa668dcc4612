using System.Security.Claims;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Staff;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorStock.Tests.Jobs;

/// <summary>
/// The web app with its real Hangfire server, whose schedules never fire on their own: tests trigger jobs
/// by hand and wait for the run our history records.
/// </summary>
public static class JobHost
{
    /// <summary>31 February (Hangfire's <c>Cron.Never()</c>).</summary>
    public const string Never = "0 0 31 2 *";

    public static readonly ClaimsPrincipal Admin = Staff("admin@jobs.test", StaffRoles.Admin);

    public static readonly ClaimsPrincipal Warehouse = Staff("staff@jobs.test", StaffRoles.Warehouse);

    public static ApiFactory Create(int batchSize = 500, string? databasePath = null)
    {
        var factory = new ApiFactory();
        factory.Settings["Jobs:ExpireHolds:Cron"] = Never;
        factory.Settings["Jobs:Consistency:Cron"] = Never;
        factory.Settings["Jobs:DailyReport:Cron"] = Never;
        factory.Settings["Jobs:ExpireHolds:BatchSize"] = batchSize.ToString();
        if (databasePath is not null)
        {
            factory.Settings["ConnectionStrings:BlazorStock"] = $"Data Source={databasePath}";
        }

        return factory;
    }

    /// <summary>Starts a run as the scheduler would (no operator behind it, so a pause applies); returns Hangfire's job id.</summary>
    public static string Trigger(this BlazorStockFactory factory, string job)
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(job) ?? throw new InvalidOperationException($"{job} is not registered");
    }

    /// <summary>Triggers <paramref name="job"/> as the scheduler would and waits for its recorded run to finish.</summary>
    public static Task<JobRun> RunJobAsync(this BlazorStockFactory factory, string job) => factory.WaitForRunAsync(factory.Trigger(job));

    public static async Task<JobRun> WaitForRunAsync(this BlazorStockFactory factory, string backgroundJobId)
    {
        JobRun? run = null;
        await WaitUntilAsync(async () => (run = await factory.QueryAsync(db => db.JobRuns.AsNoTracking()
            .FirstOrDefaultAsync(r => r.FireInstanceId == backgroundJobId && r.Outcome != JobOutcome.Running))) is not null, $"run of job {backgroundJobId}");
        return run!;
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(25);
        }
    }

    public static async Task<T> QueryAsync<T>(this BlazorStockFactory factory, Func<StockDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StockDbContext>());
    }

    public static async Task<T> WithAsync<TService, T>(this BlazorStockFactory factory, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static ClaimsPrincipal Staff(string email, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Email, email), new Claim(ClaimTypes.Role, role)], "test"));
}

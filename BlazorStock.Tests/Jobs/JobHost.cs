using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Persistence;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BlazorStock.Tests.Jobs;

/// <summary>The web app with its real scheduler, whose schedules never fire on their own: tests trigger jobs by hand.</summary>
public static class JobHost
{
    public const string Never = "0 0 0 1 1 ? 2099";

    public static BlazorStockFactory Create(TestClock clock, int batchSize = 500)
    {
        var factory = new BlazorStockFactory { Clock = clock };
        factory.Settings["Jobs:ExpireHolds:Cron"] = Never;
        factory.Settings["Jobs:Consistency:Cron"] = Never;
        factory.Settings["Jobs:DailyReport:Cron"] = Never;
        factory.Settings["Jobs:ExpireHolds:BatchSize"] = batchSize.ToString();
        return factory;
    }

    public static async Task<IScheduler> SchedulerAsync(this BlazorStockFactory factory)
    {
        _ = factory.Server;
        return await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
    }

    /// <summary>Triggers a job and waits until its recorded run has finished.</summary>
    public static async Task<JobRun> RunAsync(this BlazorStockFactory factory, JobKey job, bool dryRun = false)
    {
        var scheduler = await factory.SchedulerAsync();
        var lastId = await factory.QueryAsync(db => db.JobRuns.MaxAsync(r => (long?)r.Id)) ?? 0;
        await scheduler.TriggerJob(job, new JobDataMap { [JobKeys.DryRun] = dryRun }, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var run = await factory.QueryAsync(db => db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id > lastId && r.Outcome != JobOutcome.Running));
            if (run is not null)
            {
                return run;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{job} did not finish a run.");
    }

    public static async Task<List<JobRun>> WaitForRunsAsync(this BlazorStockFactory factory, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var runs = await factory.QueryAsync(db => db.JobRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
            if (runs.Count >= count && runs.All(r => r.Outcome != JobOutcome.Running))
            {
                return runs;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Expected {count} finished job runs.");
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
}

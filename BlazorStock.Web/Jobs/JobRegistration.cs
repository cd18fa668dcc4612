using Quartz;

namespace BlazorStock.Web.Jobs;

public static class JobRegistration
{
    /// <summary>The recurring jobs on an in-memory Quartz scheduler (decision 002).</summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JobOptions.Section);
        builder.Services.AddOptions<JobOptions>().Bind(section)
            .Validate(o => new[] { o.ExpireHolds.Cron, o.Consistency.Cron, o.DailyReport.Cron }.All(c => CronExpression.TryParse(c, out _)), "Jobs: every Cron must be a valid Quartz cron expression.")
            .Validate(o => o.ExpireHolds.BatchSize > 0 && o.HistoryRetention > TimeSpan.Zero, "Jobs: BatchSize and HistoryRetention must be positive.")
            .ValidateOnStart();
        var options = section.Get<JobOptions>() ?? new JobOptions();

        builder.Services.AddSingleton<JobRunListener>();
        builder.Services.AddScoped<JobsReader>();
        builder.Services.AddQuartz(q =>
        {
            q.UseInMemoryStore(_ => { });
            q.AddJobListener<JobRunListener>(sp => sp.GetRequiredService<JobRunListener>(), []);
            Schedule<ExpireHoldsJob>(q, JobKeys.ExpireHolds, options.ExpireHolds.Cron, "Releases expired holds and cancels unpaid orders past their deadline");
            Schedule<ConsistencyCheckJob>(q, JobKeys.ConsistencyCheck, options.Consistency.Cron, "Checks reserved counts, units and holds for drift");
            Schedule<DailyReportJob>(q, JobKeys.DailyReport, options.DailyReport.Cron, "Reports the last 24 hours and prunes run history");
        });
        builder.Services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AutoStart = options.Enabled;
        });
        return builder;
    }

    private static void Schedule<TJob>(IQuartzBuilder q, JobKey key, string cron, string description)
        where TJob : IJob =>
        q.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(JobKeys.ScheduleOf(key)).WithCronSchedule(cron).WithDescription(cron),
            job => job.WithIdentity(key).WithDescription(description).StoreDurably());
}

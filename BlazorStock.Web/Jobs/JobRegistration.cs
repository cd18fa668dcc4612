using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Staff;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace BlazorStock.Web.Jobs;

public static class JobRegistration
{
    /// <summary>The recurring jobs on Hangfire (decision 007), the services the jobs page calls, and the run history recorder.</summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(JobOptions.Section);
        services.AddOptions<JobOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobOptions>, JobOptionsValidator>();

        // Hangfire's defaults are process-wide statics (JobStorage.Current, GlobalJobFilters, JobActivator.Current);
        // these per-app instances, registered before AddHangfire, win over them, so several apps in one process
        // (the tests) never share a storage, a filter or a service provider.
        services.AddSingleton<JobStorage>(sp => JobStorageFactory.Create(sp.GetRequiredService<IOptions<PersistenceOptions>>().Value));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<ManualTriggerFilter>();
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(new JobFilterAttributeFilterProvider(), Filters(sp)));
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            // Zero counts too, so a job's result on the dashboard always lists every figure.
            .UseRecommendedSerializerSettings(json => json.DefaultValueHandling = DefaultValueHandling.Include));
        if (section.GetValue(nameof(JobOptions.Enabled), true))
        {
            services.AddHostedService<JobServerHost>();
        }

        services.AddHostedService<RecurringJobsSetup>();
        services.AddHttpContextAccessor();
        services.AddScoped<JobGate>();
        services.AddScoped<JobsReader>();
        services.AddScoped<JobRunQueries>();
        services.AddScoped<DailyReportQueries>();
        services.AddScoped<JobActions>();
        return builder;
    }

    /// <summary>
    /// Hangfire's dashboard at /hangfire for Admins only, through the app's own policy (so anonymous users are
    /// sent to sign-in); <c>Authorization = []</c> drops Hangfire's local-requests-only default.
    /// </summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboardWithAuthorizationPolicy(StaffPolicies.Admin, "/hangfire", new DashboardOptions
        {
            DashboardTitle = "BlazorStock jobs",
            AppPath = "/staff",
            DisplayStorageConnectionString = false,
        });
        return app;
    }

    private static JobFilterCollection Filters(IServiceProvider services)
    {
        var filters = new JobFilterCollection();
        filters.Add(new CaptureCultureAttribute());
        filters.Add(new StatisticsHistoryAttribute());
        filters.Add(new ContinuationsSupportAttribute());

        // Each job sets its own retries (AutomaticRetry on its method wins over this); nothing else retries.
        filters.Add(new AutomaticRetryAttribute { Attempts = 0 });
        filters.Add(services.GetRequiredService<JobRunRecorder>(), JobRunRecorder.Order);
        filters.Add(services.GetRequiredService<ManualTriggerFilter>());
        return filters;
    }
}

using BlazorStock.Domain.Audit;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Consistency;
using BlazorStock.Domain.Customers;
using BlazorStock.Domain.Holds;
using BlazorStock.Domain.Jobs;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Seeding;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain.Waitlist;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BlazorStock.Domain;

public static class DomainRegistration
{
    /// <summary>
    /// Registers the model, persistence and domain services. The host must register an
    /// <see cref="IDomainEventPublisher"/> (the web host pushes events over SignalR).
    /// </summary>
    public static IHostApplicationBuilder AddDomain(this IHostApplicationBuilder builder)
    {
        var provider = StockDatabase.ParseProvider(builder.Configuration["Database:Provider"]);
        var connectionString = StockDatabase.ResolveConnectionString(provider, builder.Configuration.GetConnectionString("BlazorStock"), builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddOptions<PersistenceOptions>().Bind(builder.Configuration.GetSection(PersistenceOptions.Section))
            .Configure(o => (o.ConnectionString, o.Provider) = (connectionString, provider))
            .Validate(o => o.MaxBatchSize >= 1 && o.AuditIndexInterval > TimeSpan.Zero && o.AuditIndexStep >= 1 && o.WriterNice is >= -20 and <= 19
                    && o.StallTimeout > TimeSpan.Zero && o.MaxPageCount is null or >= 1,
                "Persistence: MaxBatchSize and AuditIndexStep must be at least 1, AuditIndexInterval and StallTimeout positive, WriterNice between -20 and 19, MaxPageCount at least 1.")
            .ValidateOnStart();
        services.AddOptions<HoldOptions>().Bind(builder.Configuration.GetSection(HoldOptions.Section))
            .Validate(o => o.Duration > TimeSpan.Zero && o.ExtensionLength > TimeSpan.Zero && o.MaxExtensions >= 0 && o.MaxAge >= o.Duration && o.MaxQuantityPerLine > 0 && o.CustomersPerAddress >= 0,
                "Holds: Duration and ExtensionLength must be positive, MaxAge at least Duration, MaxExtensions ≥ 0, MaxQuantityPerLine ≥ 1, CustomersPerAddress ≥ 0.")
            .ValidateOnStart();
        services.AddOptions<OrderOptions>().Bind(builder.Configuration.GetSection(OrderOptions.Section))
            .Validate(o => o.PaymentWindow > TimeSpan.Zero, "Orders:PaymentWindow must be positive.")
            .ValidateOnStart();
        services.AddOptions<WaitlistOptions>().Bind(builder.Configuration.GetSection(WaitlistOptions.Section))
            .Validate(o => o.HandOffDuration > TimeSpan.Zero, "Waitlist:HandOffDuration must be positive.")
            .ValidateOnStart();
        services.AddOptions<ConsistencyOptions>().Bind(builder.Configuration.GetSection(ConsistencyOptions.Section));

        services.TryAddSingleton(TimeProvider.System);
        // Pages in a Blazor circuit live for many operations that may overlap, so they take a context from the
        // factory per operation; a request scope still gets one context for the whole request.
        services.AddPooledDbContextFactory<StockDbContext>((sp, o) =>
            StockDatabase.Configure(o, provider, connectionString, sp.GetRequiredService<IOptionsMonitor<PersistenceOptions>>().MaxPageCount()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<StockDbContext>>().CreateDbContext());
        services.AddSingleton<WriterMetrics>();
        services.AddSingleton<StockWriter>();
        services.AddSingleton<ProductCache>();
        services.AddScoped<OperationContext>();
        services.AddScoped<HoldService>();
        services.AddScoped<OrderService>();
        services.AddScoped<CustomerService>();
        services.AddScoped<WaitlistService>();
        services.AddSingleton<WaitlistHandOff>();
        services.AddScoped<StockService>();
        services.AddScoped<CatalogService>();
        services.AddSingleton<AvailabilityService>();
        services.AddScoped<ConsistencyService>();
        services.AddScoped<ReportService>();
        services.AddScoped<AuditService>();
        services.AddSingleton<JobRunLog>();
        services.AddScoped<JobScheduleService>();
        services.AddScoped<CleanupPreviewService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        return builder;
    }
}

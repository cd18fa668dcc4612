using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Components;
using BlazorStock.Web.Health;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Live;
using BlazorStock.Web.Persistence;
using BlazorStock.Web.Requests;
using BlazorStock.Web.Staff;
using BlazorStock.Web.Storefront;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web;

public static class WebRegistration
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<IDomainEventPublisher, SignalRDomainEventPublisher>();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<CartIdentity>();
        builder.AddJobs();
        builder.AddHealth();
        builder.Services.AddStorefront();

        // Keys on disk so carts (sealed cookies) survive a restart.
        var keys = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["DataProtection:KeysPath"] ?? "App_Data/keys");
        builder.Services.AddDataProtection().SetApplicationName("BlazorStock").PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.AddStaff();
        builder.AddApi();
        builder.AddBackOffice();
        return builder;
    }

    /// <summary>
    /// Migrates the domain's tables and the web host's own (staff accounts, idempotency keys), seeds demo
    /// data into an empty database when <c>Seed:DemoData</c> is on, and the staff roles and configured accounts.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(app.Configuration.GetValue<bool>("Seed:DemoData"), stopping);
        await scope.ServiceProvider.GetRequiredService<WebDbContext>().Database.MigrateAsync(stopping);
        await scope.ServiceProvider.GetRequiredService<StaffSeeder>().SeedAsync(stopping);
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
            app.UseHsts();
        }
        else
        {
            // API clients get problem details even in Development, never the HTML developer page.
            app.UseWhen(ApiRegistration.IsApi, api => api.UseExceptionHandler());
        }

        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseApiBodyLimit();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapStorefront();
        app.MapHub<StockHub>("/hubs/stock");
        app.MapHealthEndpoints();
        app.MapJobsDashboard();
        app.MapApi();
        app.MapBackOffice();
        return app;
    }
}

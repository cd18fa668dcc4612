using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Components;
using BlazorStock.Web.Live;
using BlazorStock.Web.Requests;
using BlazorStock.Web.Storefront;
using Microsoft.AspNetCore.DataProtection;

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
        builder.Services.AddStorefront();

        // Keys on disk so carts (sealed cookies) survive a restart.
        var keys = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["DataProtection:KeysPath"] ?? "App_Data/keys");
        builder.Services.AddDataProtection().SetApplicationName("BlazorStock").PersistKeysToFileSystem(new DirectoryInfo(keys));
        return builder;
    }

    /// <summary>Migrates the database and, when <c>Seed:DemoData</c> is on, seeds an empty one.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(app.Configuration.GetValue<bool>("Seed:DemoData"), app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapStorefront();
        app.MapHub<StockHub>("/hubs/stock");
        return app;
    }
}

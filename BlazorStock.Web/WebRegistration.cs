using BlazorStock.Domain;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Api;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Features.Cart;
using BlazorStock.Web.Features.Catalog;
using BlazorStock.Web.Features.Checkout;
using BlazorStock.Web.Features.Staff.Holds;
using BlazorStock.Web.Health;
using BlazorStock.Web.Jobs;
using BlazorStock.Web.Live;
using BlazorStock.Web.Persistence;
using BlazorStock.Web.Proxy;
using BlazorStock.Web.Requests;
using BlazorStock.Web.Shell;
using BlazorStock.Web.Shoppers;
using BlazorStock.Web.Shoppers.Account;
using BlazorStock.Web.Staff;
using BlazorStock.Web.Staff.Account;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace BlazorStock.Web;

public static class WebRegistration
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var onPostgreSql = StockDatabase.ParseProvider(builder.Configuration["Database:Provider"]) == DatabaseProvider.PostgreSql;
        services.AddRazorComponents().AddInteractiveServerComponents();

        // Set on purpose (appsettings.json's Circuits section; architecture.md says why): the cart lives in the
        // database, so a circuit dropped after this costs a shopper a page reload, never a held line.
        services.Configure<CircuitOptions>(builder.Configuration.GetSection("Circuits"));
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddHttpContextAccessor();
        services.AddSignalR();
        services.AddProblemDetails();

        // Live updates: the write path publishes to the pump, the pump dispatches to the one notifier, whose
        // subscribers are components (in their circuits) and the hub forwarder (API clients).
        services.AddSingleton<LiveNotifier>();
        services.AddSingleton<LiveEventPump>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveEventPump>());
        if (onPostgreSql)
        {
            // Several app servers: every server's changes reach every server's notifier.
            services.AddSingleton<PostgreSqlEventRelay>();
            services.AddSingleton<IDomainEventPublisher>(sp => sp.GetRequiredService<PostgreSqlEventRelay>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlEventRelay>());
        }
        else
        {
            services.AddSingleton<IDomainEventPublisher>(sp => sp.GetRequiredService<LiveEventPump>());
        }
        services.AddHostedService<HubForwarder>();
        services.AddScoped<CircuitHandler, CircuitActivityHandler>();

        services.AddSingleton<CartIdentity>();
        services.AddScoped<CartSession>();
        services.AddScoped<CartReader>();
        services.AddScoped<CatalogReader>();
        services.AddSingleton<ProductDetailsReads>();
        services.AddScoped<CartAdditions>();
        services.AddScoped<OrderReader>();
        services.AddScoped<BlazorStock.Web.Features.Waitlist.WaitlistReader>();
        services.AddScoped<ShopperSeeder>();
        services.AddSingleton<MergeNotices>();

        builder.AddJobs();
        builder.AddHealth();
        builder.AddCookieRules();
        builder.AddProxySupport();

        // Keys kept so carts (sealed cookies), staff sign-ins and circuits survive a restart: on disk beside the
        // SQLite file, or in PostgreSQL so that every app server reads what another sealed.
        var dataProtection = services.AddDataProtection().SetApplicationName("BlazorStock");
        if (onPostgreSql)
        {
            dataProtection.PersistKeysToDbContext<WebDbContext>();
        }
        else
        {
            var keys = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["DataProtection:KeysPath"] ?? "App_Data/keys");
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }
        builder.AddStaff();
        builder.AddApi();
        return builder;
    }

    /// <summary>
    /// Migrates the domain's tables and the web host's own (staff accounts, idempotency keys), seeds demo
    /// data into an empty database when <c>Seed:DemoData</c> is on, and the staff roles and configured accounts.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var persistence = app.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
        await using var startup = await StartupLock.AcquireAsync(persistence, stopping);
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(app.Configuration.GetValue<bool>("Seed:DemoData"), stopping);
        if (persistence.Provider == DatabaseProvider.PostgreSql)
        {
            await using var migrations = PostgreSqlWebDbContext.Create(persistence.ConnectionString);
            await migrations.Database.MigrateAsync(stopping);
        }
        else
        {
            await scope.ServiceProvider.GetRequiredService<WebDbContext>().Database.MigrateAsync(stopping);
        }

        await scope.ServiceProvider.GetRequiredService<StaffSeeder>().SeedAsync(stopping);
        await scope.ServiceProvider.GetRequiredService<ShopperSeeder>().SeedAsync(stopping);
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.UseProxySupport();
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

        app.UseCookiePolicy();
        app.UseWhen(ApiRegistration.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(
            // Pages only: the API answers with problem details, and Hangfire's dashboard with its own status codes.
            context => !ApiRegistration.IsApi(context) && !context.Request.Path.StartsWithSegments("/hangfire") && HttpMethods.IsGet(context.Request.Method),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseMiddleware<CartCookieMiddleware>();
        app.UseApiBodyLimit();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapHub<StockHub>("/hubs/stock");
        app.MapProductImages();
        app.MapHoldExport();
        app.MapAccountEndpoints();
        app.MapShopperAccountEndpoints();
        app.MapHealthEndpoints();
        app.MapJobsDashboard();
        app.MapApi();
        return app;
    }
}

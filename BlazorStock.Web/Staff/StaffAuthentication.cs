using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorStock.Web.Staff;

/// <summary>
/// Staff accounts (ASP.NET Core Identity on <see cref="WebDbContext"/>) and how a request proves it is
/// staff: the Identity cookie for pages, or a bearer token from POST /api/auth/login for API clients
/// (docs/decisions/004). One policy scheme picks per request, so every endpoint accepts both.
/// </summary>
public static class StaffAuthentication
{
    /// <summary>Bearer when the request sends an Authorization header, otherwise the staff cookie.</summary>
    public const string Scheme = "Staff";

    public const string SignInPath = "/staff/sign-in";

    public const string AccessDeniedPath = "/staff/access-denied";

    public static WebApplicationBuilder AddStaff(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDbContext<WebDbContext>((sp, options) =>
        {
            var persistence = sp.GetRequiredService<IOptions<PersistenceOptions>>().Value;
            if (persistence.Provider == DatabaseProvider.PostgreSql)
            {
                options.UseNpgsql(persistence.ConnectionString, postgres => postgres.MigrationsHistoryTable(WebDbContext.HistoryTable));
            }
            else
            {
                options.UseSqlite(persistence.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(WebDbContext.HistoryTable))
                    .AddInterceptors(new SqliteConnectionSetup(sp.GetRequiredService<IOptionsMonitor<PersistenceOptions>>().MaxPageCount()));
            }
        });

        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WebDbContext>()
            .AddSignInManager();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Staff cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.Count > 0 ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = SignInPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // API callers get status codes, not a redirect to a sign-in page they cannot use. The events
            // object is Identity's (it validates the security stamp), so only these two handlers change.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Warehouse, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Warehouse, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Admin))
            .AddPolicy(BlazorStock.Web.Api.Shoppers.ShopperApi.Policy, policy => policy.RequireAuthenticatedUser().RequireRole(BlazorStock.Web.Shoppers.ShopperRoles.Shopper));

        var staff = builder.Configuration.GetSection(StaffOptions.Section);
        services.Configure<StaffOptions>(staff);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = staff.Get<StaffOptions>()?.RevalidateEvery ?? new StaffOptions().RevalidateEvery);
        services.AddScoped<AuthenticationStateProvider, StaffSessionRevalidator>();
        services.AddScoped<StaffSeeder>();
        return builder;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // The Hangfire dashboard (Admin only) answers a signed-in non-admin with a plain 403, also to its own
        // XHR posts; an anonymous visitor is still sent to sign-in.
        if (context.Request.Path.StartsWithSegments("/api")
            || (status == StatusCodes.Status403Forbidden && context.Request.Path.StartsWithSegments("/hangfire")))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

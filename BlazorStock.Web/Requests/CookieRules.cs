using Microsoft.AspNetCore.CookiePolicy;

namespace BlazorStock.Web.Requests;

/// <summary>
/// One rule for every cookie the app writes (staff sign-in, cart, antiforgery): HttpOnly, at least
/// SameSite=Lax, and Secure outside Development, so a cookie never travels over plain HTTP in production
/// (issue 19). Development keeps the request's scheme, so http://localhost works.
/// </summary>
public static class CookieRules
{
    public static WebApplicationBuilder AddCookieRules(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return builder;
    }
}

using BlazorStock.Tests.Support;
using BlazorStock.Web.Carts;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorStock.Tests.Requests;

/// <summary>Every cookie the app writes is HttpOnly and SameSite, and Secure outside Development (issue 19).</summary>
public sealed class CookieRulesTests
{
    [Fact]
    public async Task Outside_development_the_staff_cart_and_antiforgery_cookies_are_secure_httponly_and_samesite()
    {
        await using var factory = new ApiFactory();
        var form = await BrowserSignIn.OpenAsync(factory);
        var signedIn = await form.SignInAsync(StaffSeeder.StaffEmail, ApiFactory.StaffPassword);

        AssertFlags(signedIn.SetStaffCookie, secure: true, sameSite: "lax");
        AssertFlags(form.PageCookies.Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)), secure: true, sameSite: "strict");
        AssertFlags(await CartCookieAsync(factory), secure: true, sameSite: "lax");
    }

    [Fact]
    public async Task In_development_cookies_follow_the_request_so_plain_http_on_localhost_works()
    {
        await using var app = new ApiFactory();
        await using var development = app.WithWebHostBuilder(b => b.UseEnvironment("Development"));

        AssertFlags((await BrowserSignIn.OpenAsync(development)).PageCookies.Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)), secure: false, sameSite: "strict");
        AssertFlags(await CartCookieAsync(development), secure: false, sameSite: "lax");
    }

    /// <summary>The cart cookie a storefront visitor is given with the first page.</summary>
    private static async Task<string> CartCookieAsync(WebApplicationFactory<Program> factory)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await client.GetAsync("/");
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CartIdentity.CookieName + "=", StringComparison.Ordinal));
    }

    private static void AssertFlags(string? setCookie, bool secure, string sameSite)
    {
        Assert.NotNull(setCookie);
        var attributes = setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains($"samesite={sameSite}", attributes);
        Assert.Equal(secure, attributes.Contains("secure"));
    }
}
